package kz.qyzmet.application.request.port.out;

import java.util.Optional;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;

/**
 * Port out: each provider's configuration of the staff responsible for its services (seed 000's order). The
 * head's resolution names the configured executor when the head names none.
 */
public interface ResponsibleStaff {

    /** Nobody configured anywhere: every resolution names its executor. */
    ResponsibleStaff NONE = (provider, service) -> Optional.empty();

    /** The staff responsible for a service at a provider, if configured (the service by its id, such as {@code school-admission}). */
    Optional<Responsibles> responsibleFor(ProviderId provider, ServiceId service);
}
