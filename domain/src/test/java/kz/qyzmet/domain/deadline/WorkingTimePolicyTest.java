package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import org.junit.jupiter.api.Test;

/** DESIGN rule 3: minute and hour terms run in working time; lunch, closing time and days off stop the clock. */
class WorkingTimePolicyTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private final WorkingTimePolicy policy = new WorkingTimePolicy();
    private final DeadlineContext school = new DeadlineContext(StatutoryHolidays.calendar(), ALMATY,
            new ServiceHours(Hours.school(), Hours.school(), false));

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2025, month, day, hour, minute, 0, 0, ALMATY).toInstant();
    }

    private Instant due(Instant start, int minutes) {
        return policy.due(start, Duration.ofMinutes(minutes), school, line -> { });
    }

    @Test
    void thirtyMinutesInsideTheMorning() {
        assertThat(due(at(4, 15, 10, 0), 30)).isEqualTo(at(4, 15, 10, 30));
    }

    @Test
    void theLunchBreakStopsTheClock() {
        // 12:50 + 30 minutes: 10 before lunch (13:00–14:30), 20 after
        assertThat(due(at(4, 15, 12, 50), 30)).isEqualTo(at(4, 15, 14, 50));
    }

    @Test
    void startingDuringLunchTheClockStartsAfterIt() {
        assertThat(due(at(4, 15, 13, 30), 15)).isEqualTo(at(4, 15, 14, 45));
    }

    @Test
    void closingTimeCarriesTheRestToTheNextWorkingDay() {
        // 18:20 + 30 minutes: 10 before the 18:30 close, 20 from 9:00 the next day
        assertThat(due(at(4, 15, 18, 20), 30)).isEqualTo(at(4, 16, 9, 20));
    }

    @Test
    void aWeekendAndHolidaysStopTheClockAndAreExplained() {
        List<Explanation.Line> lines = new ArrayList<>();
        Instant due = policy.due(at(3, 20, 18, 20), Duration.ofMinutes(30), school, lines::add);
        assertThat(due).isEqualTo(at(3, 26, 9, 20));
        assertThat(lines).filteredOn(Explanation.DaySkipped.class::isInstance).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(new Explanation.RuleApplied(CountingRule.WORKING_TIME_FROM_ACCEPTANCE));
    }

    @Test
    void hoursCountTheSameWay() {
        // 16:00 + 3 hours: 2.5 h to the 18:30 close, 0.5 h next morning
        assertThat(policy.due(at(4, 15, 16, 0), Duration.ofHours(3), school, line -> { })).isEqualTo(at(4, 16, 9, 30));
    }

    @Test
    void aTermMustBePositive() {
        assertThatThrownBy(() -> due(at(4, 15, 10, 0), 0)).hasMessage("term: must be positive, was PT0S");
    }

    @Test
    void elapsedWorkingTimeIsTheInverseOfTheDueMoment() {
        // 18:20 Thursday 20 March to 9:20 Wednesday 26 March: 10 minutes, Nauryz and the weekend, 20 minutes
        assertThat(policy.elapsed(at(3, 20, 18, 20), at(3, 26, 9, 20), Hours.school(), school)).isEqualTo(Duration.ofMinutes(30));
        Instant start = at(4, 15, 12, 50);
        assertThat(policy.elapsed(start, due(start, 30), Hours.school(), school)).isEqualTo(Duration.ofMinutes(30));
        // a full school day is 9:00–18:30 less 1.5 hours of lunch
        assertThat(policy.elapsed(at(4, 15, 0, 0), at(4, 16, 0, 0), Hours.school(), school)).isEqualTo(Duration.ofHours(8));
        assertThat(policy.elapsed(at(4, 16, 0, 0), at(4, 15, 0, 0), Hours.school(), school)).isZero();
    }
}
