package kz.qyzmet.application.onetimepassword;

import kz.qyzmet.domain.request.Iin;

/** A one-time password asked for an IIN that has no phone in the mobile citizens' database. */
public final class NoRegisteredPhoneException extends RuntimeException {

    public NoRegisteredPhoneException(Iin iin) {
        super("iin: " + iin.masked() + " has no phone registered in the mobile citizens' database; register one, or sign with an EDS");
    }
}
