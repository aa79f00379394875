package kz.qyzmet.application.request.port.out;

import java.util.Optional;
import kz.qyzmet.domain.request.Iin;

/**
 * Port out: the state register of individuals by IIN (ГБД ФЛ), which the regulations have the provider consult
 * instead of asking the applicant for identity data (the catalog's school admission: identity and birth-certificate
 * data come from state systems).
 */
public interface PersonRegistry {

    /** The person the register holds under that IIN, or empty when it holds none. */
    Optional<RegisteredPerson> find(Iin iin);

    /** Whether a person with that IIN is registered. */
    default boolean isRegistered(Iin iin) {
        return find(iin).isPresent();
    }
}
