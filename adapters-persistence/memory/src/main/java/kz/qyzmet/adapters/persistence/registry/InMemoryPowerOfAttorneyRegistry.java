package kz.qyzmet.adapters.persistence.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.Iin;

/** The notarial register of powers of attorney, in memory. Thread-safe. */
public final class InMemoryPowerOfAttorneyRegistry implements PowerOfAttorneyRegistry {

    private record PowerOfAttorney(Iin applicant, Iin representative, Set<ServiceId> services, LocalDate from, LocalDate to) {
    }

    private final Map<String, PowerOfAttorney> byNumber = new ConcurrentHashMap<>();

    /**
     * Registers a power of attorney given by the applicant to the representative for the services, valid from..to
     * inclusive.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or no service is named
     */
    public InMemoryPowerOfAttorneyRegistry register(String number, Iin applicant, Iin representative, Set<ServiceId> services,
                                                    LocalDate from, LocalDate to) {
        Objects.requireNonNull(number, "number: required");
        Objects.requireNonNull(applicant, "principal: required");
        Objects.requireNonNull(representative, "representative: required");
        Objects.requireNonNull(from, "validFrom: required");
        Objects.requireNonNull(to, "validTo: required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("validTo: must not be before validFrom " + from + ", was " + to);
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException("services: must name at least one service");
        }
        byNumber.put(number, new PowerOfAttorney(applicant, representative, Set.copyOf(services), from, to));
        return this;
    }

    @Override
    public boolean confirms(String number, Iin applicant, Iin representative, ServiceId service, LocalDate on) {
        PowerOfAttorney found = number == null ? null : byNumber.get(number);
        return found != null && found.applicant().equals(applicant) && found.representative().equals(representative)
                && found.services().contains(service) && !on.isBefore(found.from()) && !on.isAfter(found.to());
    }
}
