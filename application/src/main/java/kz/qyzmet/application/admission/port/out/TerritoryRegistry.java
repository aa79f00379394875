package kz.qyzmet.application.admission.port.out;

import kz.qyzmet.domain.admission.Candidate;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;

/** Port out: the register of addresses — whether an applicant lives on the territory a school serves. */
public interface TerritoryRegistry {

    /** The applicant's territory relative to the school; {@link Candidate.Territory#UNKNOWN} when the register does not say. */
    Candidate.Territory territoryOf(ProviderId school, Iin applicant);
}
