package kz.qyzmet.adapters.persistence.registry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.domain.request.Iin;

/** The mobile citizens' database in memory: the phones registered, by IIN. */
public final class InMemoryMobileCitizens implements MobileCitizens {

    private final Map<Iin, String> phones = new ConcurrentHashMap<>();

    /** Registers the phone of an IIN. */
    public InMemoryMobileCitizens register(Iin iin, String phone) {
        phones.put(iin, phone);
        return this;
    }

    @Override
    public Optional<String> phoneOf(Iin iin) {
        return Optional.ofNullable(phones.get(iin));
    }
}
