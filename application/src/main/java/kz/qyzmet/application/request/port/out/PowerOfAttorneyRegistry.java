package kz.qyzmet.application.request.port.out;

import java.time.LocalDate;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.Iin;

/**
 * Port out: the notarial register of powers of attorney. At the counter the State Corporation's employee enters
 * the data of the representative's notarised power of attorney with the applicant's (seed 003, регламент:
 * "данных по доверенности представителя услугополучателя (при нотариально удостоверенной доверенности …)"),
 * and a result is handed to a representative only on a notarised power of attorney (seed 002, field 8).
 */
public interface PowerOfAttorneyRegistry {

    /**
     * Whether the register holds the power of attorney with that number, given by the applicant (principal) to
     * the representative, covering the service, and valid on the day (its first and last days included).
     */
    boolean confirms(String number, Iin applicant, Iin representative, ServiceId service, LocalDate on);
}
