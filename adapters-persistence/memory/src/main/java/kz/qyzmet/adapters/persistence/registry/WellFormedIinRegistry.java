package kz.qyzmet.adapters.persistence.registry;

import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.domain.request.Iin;

/**
 * A stand-in for the register of individuals where none is connected (the bundled server, a demo): every
 * IIN that is well formed — twelve digits whose check digit holds — counts as registered. A deployment that
 * has access to the state register plugs in its own {@link PersonRegistry} instead.
 */
public final class WellFormedIinRegistry implements PersonRegistry {

    @Override
    public boolean isRegistered(Iin iin) {
        return iin != null;
    }
}
