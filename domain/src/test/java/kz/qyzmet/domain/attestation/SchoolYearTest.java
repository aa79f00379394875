package kz.qyzmet.domain.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** School years run from 1 September to 31 August; five years between attestations count to the day. */
class SchoolYearTest {

    @Test
    void aDayBelongsToTheSchoolYearThatBeganOnTheLastFirstOfSeptember() {
        assertThat(SchoolYear.of(LocalDate.of(2025, 8, 31)).start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(SchoolYear.of(LocalDate.of(2025, 9, 1)).start()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(SchoolYear.of(LocalDate.of(2026, 1, 10)).start()).isEqualTo(LocalDate.of(2025, 9, 1));
        SchoolYear year = SchoolYear.of(LocalDate.of(2025, 12, 1));
        assertThat(year.contains(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(year.contains(LocalDate.of(2025, 8, 31))).isFalse();
        assertThat(year).hasToString("2025/2026");
    }

    @Test
    void aSchoolYearMustBeginOnTheFirstOfSeptember() {
        assertThatThrownBy(() -> new SchoolYear(LocalDate.of(2025, 9, 2))).hasMessageContaining("start").hasMessageContaining("1 September");
    }

    @Test
    void dueFiveYearsToTheDayAfterTheLastAttestation() {
        assertThat(AttestationRules.due(LocalDate.of(2024, 2, 29), LocalDate.of(2029, 2, 27))).isFalse();
        assertThat(AttestationRules.due(LocalDate.of(2024, 2, 29), LocalDate.of(2029, 2, 28))).isTrue();
        assertThat(AttestationRules.due(LocalDate.of(2024, 9, 16), LocalDate.of(2029, 9, 15))).isFalse();
        assertThat(AttestationRules.due(LocalDate.of(2024, 9, 16), LocalDate.of(2029, 9, 16))).isTrue();
    }
}
