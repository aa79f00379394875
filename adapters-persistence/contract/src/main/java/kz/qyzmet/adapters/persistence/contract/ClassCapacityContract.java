package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.domain.request.ProviderId;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ClassCapacity} keeps: a school's stated places for a year come back as stated, zero
 * included; a school or a year with nothing stated is not limited (empty), never zero. Extend it with a source
 * that states the places given.
 */
public abstract class ClassCapacityContract {

    /** A fresh source in which exactly these places are stated: school-1 has {@code places} in {@code year}. */
    protected abstract ClassCapacity statingPlaces(ProviderId school, int year, int places);

    @Test
    void statedPlacesComeBackAsStatedForThatSchoolAndYearOnly() {
        ProviderId school = ProviderId.of("school-1");
        ClassCapacity capacity = statingPlaces(school, 2026, 50);
        assertThat(capacity.places(school, 2026)).isEqualTo(OptionalInt.of(50));
        assertThat(capacity.places(school, 2027)).as("another year").isEmpty();
        assertThat(capacity.places(school, 2025)).as("another year").isEmpty();
        assertThat(capacity.places(ProviderId.of("school-2"), 2026)).as("another school").isEmpty();
        assertThat(capacity.places(school, 2026)).as("asked again").isEqualTo(OptionalInt.of(50));
    }

    @Test
    void noPlacesLeftIsStatedAsZeroNotAsUnlimited() {
        ProviderId school = ProviderId.of("school-1");
        assertThat(statingPlaces(school, 2026, 0).places(school, 2026)).isEqualTo(OptionalInt.of(0));
    }
}
