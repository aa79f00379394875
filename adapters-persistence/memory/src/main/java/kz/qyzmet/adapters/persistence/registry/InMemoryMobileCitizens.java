package kz.qyzmet.adapters.persistence.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.domain.request.Iin;

/** The mobile citizens' database, in memory: the phones a test or demo registers. Thread-safe. */
public final class InMemoryMobileCitizens implements MobileCitizens {

    private final Map<Iin, String> phones = new ConcurrentHashMap<>();

    /** Registers the phone for the IIN, replacing any earlier one. */
    public InMemoryMobileCitizens register(Iin iin, String phone) {
        phones.put(Objects.requireNonNull(iin, "iin: required"), Objects.requireNonNull(phone, "phone: required"));
        return this;
    }

    @Override
    public Optional<String> phoneOf(Iin iin) {
        return Optional.ofNullable(phones.get(iin));
    }
}
