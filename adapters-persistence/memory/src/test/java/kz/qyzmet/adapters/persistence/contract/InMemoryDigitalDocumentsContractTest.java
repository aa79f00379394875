package kz.qyzmet.adapters.persistence.contract;

import java.util.Set;
import kz.qyzmet.adapters.persistence.registry.InMemoryDigitalDocuments;
import kz.qyzmet.application.request.port.out.DigitalDocuments;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.request.Iin;

/** The digital-documents contract in memory. */
class InMemoryDigitalDocumentsContractTest extends DigitalDocumentsContract {

    @Override
    protected DigitalDocuments holding(Iin person, Set<CatalogCode> documents) {
        InMemoryDigitalDocuments service = new InMemoryDigitalDocuments();
        documents.forEach(document -> service.put(person, document));
        return service;
    }
}
