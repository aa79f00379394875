package kz.qyzmet.application.request.port.out;

import java.time.LocalDate;
import kz.qyzmet.domain.request.Iin;

/** Port out: the notarial register of powers of attorney (регламент 2 of seed 003: data of a notarised power of attorney). */
public interface PowerOfAttorneyRegistry {

    /** Whether the registry holds that power of attorney, given by the applicant to the representative, valid on the day. */
    boolean confirms(String number, Iin applicant, Iin representative, LocalDate on);
}
