package kz.qyzmet.domain.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.catalog.CatalogCode;

/**
 * A document the applicant submitted, by the code the standard gives it.
 *
 * @param code     the document's code in the standard, such as {@code identity-document}
 * @param issuedOn when it was issued, where its validity depends on it; null otherwise
 */
public record SubmittedDocument(CatalogCode code, LocalDate issuedOn) {

    public SubmittedDocument {
        Objects.requireNonNull(code, "documents.code: required");
    }

    public Optional<LocalDate> issued() {
        return Optional.ofNullable(issuedOn);
    }
}
