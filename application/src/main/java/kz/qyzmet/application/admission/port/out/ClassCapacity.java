package kz.qyzmet.application.admission.port.out;

import java.util.OptionalInt;
import kz.qyzmet.domain.request.ProviderId;

/**
 * Port out: how many first-grade places a school has in a year's admission campaign, as its configuration
 * states; a school without a stated number is not limited here.
 */
public interface ClassCapacity {

    /** The places of the school in the campaign of the year, if stated. */
    OptionalInt places(ProviderId school, int year);

    /** No school's places are stated. */
    static ClassCapacity unlimited() {
        return (school, year) -> OptionalInt.empty();
    }
}
