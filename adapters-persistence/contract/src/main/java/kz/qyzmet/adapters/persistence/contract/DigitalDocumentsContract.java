package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kz.qyzmet.application.request.port.out.DigitalDocuments;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link DigitalDocuments} service keeps: of the documents asked for, it answers those it holds
 * for that person, never one that was not asked for or that another person holds. Extend it with a service that
 * holds the documents given.
 */
public abstract class DigitalDocumentsContract {

    /** A fresh service holding exactly these documents, for this person. */
    protected abstract DigitalDocuments holding(Iin person, Set<CatalogCode> documents);

    @Test
    void ofTheWantedDocumentsItAnswersThoseItHoldsForThatPersonOnly() {
        Iin person = Iin.of("061211600012");
        CatalogCode identity = CatalogCode.of("identity-document");
        CatalogCode birth = CatalogCode.of("birth-certificate");
        CatalogCode diploma = CatalogCode.of("education-document");
        DigitalDocuments documents = holding(person, Set.of(identity, birth));
        assertThat(documents.available(person, Set.of(identity, diploma))).containsExactly(identity);
        assertThat(documents.available(person, Set.of(diploma))).isEmpty();
        assertThat(documents.available(person, Set.of())).isEmpty();
        assertThat(documents.available(Iin.of("850312100109"), Set.of(identity, birth))).as("another person").isEmpty();
    }
}
