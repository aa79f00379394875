package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import org.junit.jupiter.api.Test;

/** DESIGN rule 1: when a request received at some moment counts as accepted. */
class AcceptancePolicyTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private final AcceptancePolicy policy = new AcceptancePolicy();
    private final DeadlineContext portal = new DeadlineContext(StatutoryHolidays.calendar(), ALMATY,
            new ServiceHours(null, Hours.school(), false));
    private final DeadlineContext stateCorporation = new DeadlineContext(StatutoryHolidays.calendar(), ALMATY,
            new ServiceHours(Hours.stateCorporation(), Hours.provider(), false));

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ALMATY).toInstant();
    }

    @Test
    void insideTheIntakeHoursAtThatInstant() {
        Acceptance acceptance = policy.accept(at(2025, 4, 15, 11, 20), portal);
        assertThat(acceptance.acceptedAt()).isEqualTo(at(2025, 4, 15, 11, 20));
        assertThat(acceptance.reason()).isEqualTo(AcceptanceReason.WITHIN_INTAKE_HOURS);
    }

    @Test
    void beforeTheIntakeHoursWhenTheyBegin() {
        Acceptance acceptance = policy.accept(at(2025, 4, 15, 7, 5), portal);
        assertThat(acceptance.acceptedAt()).isEqualTo(at(2025, 4, 15, 9, 0));
        assertThat(acceptance.reason()).isEqualTo(AcceptanceReason.BEFORE_INTAKE_HOURS);
    }

    @Test
    void onThePortalAfterHoursAtTheOpeningOfTheNextWorkingDay() {
        // the school takes applications until 17:30 (seed 000 annex 1, field 7)
        Acceptance acceptance = policy.accept(at(2025, 4, 15, 17, 45), portal);
        assertThat(acceptance.acceptedAt()).isEqualTo(at(2025, 4, 16, 9, 0));
        assertThat(acceptance.reason()).isEqualTo(AcceptanceReason.AFTER_INTAKE_HOURS);
    }

    @Test
    void onThePortalOnAFridayEveningOnMonday() {
        assertThat(policy.accept(at(2025, 4, 18, 23, 59), portal).acceptedAt()).isEqualTo(at(2025, 4, 21, 9, 0));
    }

    @Test
    void onThePortalOnAWeekendOnTheNextWorkingDay() {
        Acceptance acceptance = policy.accept(at(2025, 4, 19, 12, 0), portal);
        assertThat(acceptance.acceptedAt()).isEqualTo(at(2025, 4, 21, 9, 0));
        assertThat(acceptance.reason()).isEqualTo(AcceptanceReason.DAY_OFF);
    }

    @Test
    void onThePortalDuringNauryzAfterTheMovedDaysOff() {
        // 21–23 March 2025 Nauryz, 24–25 March moved days off: the next working day is Wednesday 26 March
        Acceptance acceptance = policy.accept(at(2025, 3, 22, 10, 0), portal);
        assertThat(acceptance.acceptedAt()).isEqualTo(at(2025, 3, 26, 9, 0));
        assertThat(acceptance.reason()).isEqualTo(AcceptanceReason.DAY_OFF);
    }

    @Test
    void onThePortalOnAWeekendWorkedByTransferThatDay() {
        // Sunday 5 January 2025 was a working day (order No. 436); Friday 3 January a day off
        assertThat(policy.accept(at(2025, 1, 5, 10, 0), portal).reason()).isEqualTo(AcceptanceReason.WITHIN_INTAKE_HOURS);
        assertThat(policy.accept(at(2025, 1, 3, 10, 0), portal).acceptedAt()).isEqualTo(at(2025, 1, 5, 9, 0));
    }

    @Test
    void atTheStateCorporationOnASaturdayAtThatInstant() {
        assertThat(policy.accept(at(2025, 4, 19, 12, 0), stateCorporation).reason()).isEqualTo(AcceptanceReason.WITHIN_INTAKE_HOURS);
        assertThat(policy.accept(at(2025, 4, 19, 20, 30), stateCorporation).acceptedAt()).isEqualTo(at(2025, 4, 21, 9, 0));
    }

    @Test
    void atTheStateCorporationClosedOnHolidays() {
        // Saturday 22 March 2025 is Nauryz: closed, although the State Corporation opens on Saturdays
        assertThat(policy.accept(at(2025, 3, 22, 12, 0), stateCorporation).acceptedAt()).isEqualTo(at(2025, 3, 26, 9, 0));
    }

    @Test
    void onNewYearsEveAfterHoursInTheNewYear() {
        // 1–2 January 2026 are holidays (Thu, Fri), 3–4 January a weekend; 5 January is the next working day
        assertThat(policy.accept(at(2025, 12, 31, 19, 0), portal).acceptedAt()).isEqualTo(at(2026, 1, 5, 9, 0));
    }
}
