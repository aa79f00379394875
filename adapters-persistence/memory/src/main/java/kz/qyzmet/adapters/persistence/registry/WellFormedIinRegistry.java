package kz.qyzmet.adapters.persistence.registry;

import java.util.Optional;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.RegisteredPerson;
import kz.qyzmet.domain.request.Iin;

/**
 * A stand-in for the register of individuals where none is connected (the bundled server, a demo): every
 * IIN that is well formed — twelve digits whose check digit holds — counts as registered. A deployment that
 * has access to the state register plugs in its own {@link PersonRegistry} instead; the bundled server reads
 * {@code persons.json} from its data directory when there is one. It keeps no contract: {@link #find} is empty
 * for an IIN it calls registered.
 */
public final class WellFormedIinRegistry implements PersonRegistry {

    /** Every well-formed IIN counts as registered. */
    @Override
    public boolean isRegistered(Iin iin) {
        return iin != null;
    }

    /** Empty: without the register, nothing is known about a person beyond the IIN. */
    @Override
    public Optional<RegisteredPerson> find(Iin iin) {
        return Optional.empty();
    }
}
