package kz.qyzmet.adapters.persistence.registry;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.DigitalDocuments;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.request.Iin;

/** The digital documents service, in memory: the documents a test or demo puts there. */
public final class InMemoryDigitalDocuments implements DigitalDocuments {

    private final Map<Iin, Set<CatalogCode>> documents = new ConcurrentHashMap<>();

    public InMemoryDigitalDocuments put(Iin person, CatalogCode document) {
        documents.computeIfAbsent(person, key -> ConcurrentHashMap.newKeySet()).add(document);
        return this;
    }

    @Override
    public Set<CatalogCode> available(Iin person, Set<CatalogCode> wanted) {
        Set<CatalogCode> found = new HashSet<>(documents.getOrDefault(person, Set.of()));
        found.retainAll(wanted);
        return Set.copyOf(found);
    }
}
