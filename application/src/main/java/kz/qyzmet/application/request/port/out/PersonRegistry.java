package kz.qyzmet.application.request.port.out;

import kz.qyzmet.domain.request.Iin;

/** Port out: the state register of individuals by IIN (ГБД ФЛ), which the regulations have the provider consult. */
public interface PersonRegistry {

    /** Whether a living person with that IIN is registered. */
    boolean isRegistered(Iin iin);
}
