package kz.qyzmet.adapters.persistence.registry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.domain.request.Iin;

/** The register of individuals, in memory: the persons a test or demo registers. */
public final class InMemoryPersonRegistry implements PersonRegistry {

    private final Set<Iin> persons = ConcurrentHashMap.newKeySet();

    public InMemoryPersonRegistry register(Iin... iins) {
        persons.addAll(Set.of(iins));
        return this;
    }

    @Override
    public boolean isRegistered(Iin iin) {
        return persons.contains(iin);
    }
}
