package kz.qyzmet.adapters.persistence.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.domain.request.Iin;

/** The notarial register of powers of attorney, in memory. */
public final class InMemoryPowerOfAttorneyRegistry implements PowerOfAttorneyRegistry {

    private record PowerOfAttorney(Iin applicant, Iin representative, LocalDate from, LocalDate to) {
    }

    private final Map<String, PowerOfAttorney> byNumber = new ConcurrentHashMap<>();

    /** Registers a power of attorney given by the applicant to the representative, valid from..to inclusive. */
    public InMemoryPowerOfAttorneyRegistry register(String number, Iin applicant, Iin representative, LocalDate from, LocalDate to) {
        byNumber.put(Objects.requireNonNull(number, "number: required"), new PowerOfAttorney(applicant, representative, from, to));
        return this;
    }

    @Override
    public boolean confirms(String number, Iin applicant, Iin representative, LocalDate on) {
        PowerOfAttorney found = byNumber.get(number);
        return found != null && found.applicant().equals(applicant) && found.representative().equals(representative)
                && !on.isBefore(found.from()) && !on.isAfter(found.to());
    }
}
