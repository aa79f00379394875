package kz.qyzmet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qyzmet.domain.deadline.DayTermIndex;
import kz.qyzmet.domain.deadline.DayTermPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares equal work: on the benchmark's own requests and on a second random sample, every
 * implementation gives the calendar's due date; ObjectLab differs only where a worked weekend lies between
 * the acceptance day and the due date. Nothing here measures time.
 */
class AgreementTest {

    private static Fixture benchmarkRequests;
    private static Fixture otherRequests;

    @BeforeAll
    static void load() {
        benchmarkRequests = Fixture.create(WorkingDayDeadlineBenchmark.POOL, Fixture.SEED);
        otherRequests = Fixture.create(4096, 7L);
    }

    @Test
    void theHolidaySetIsTheCalendarsDaysOff() {
        HolidaySet set = benchmarkRequests.holidays;
        assertThat(set.first()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(set.last()).isEqualTo(LocalDate.of(2035, 12, 31));
        // Nauryz 2025: Friday 21 March, and its Saturday and Sunday moved to Monday 24 and Tuesday 25 March
        assertThat(set.weekdayHolidays()).contains(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 25));
        assertThat(set.weekdayHolidays()).doesNotContain(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 26));
        assertThat(set.workedWeekends()).contains(LocalDate.of(2023, 7, 1));
        assertThat(set.weekdayHolidays()).allMatch(day -> !HolidaySet.isWeekend(day));
        assertThat(set.workedWeekends()).isNotEmpty().allMatch(HolidaySet::isWeekend);
        for (LocalDate day = set.first(); !day.isAfter(set.last()); day = day.plusDays(1)) {
            boolean working = HolidaySet.isWeekend(day) ? set.workedWeekends().contains(day) : !set.weekdayHolidays().contains(day);
            assertThat(working).as("%s", day).isEqualTo(benchmarkRequests.calendar.isWorkingDay(day));
        }
    }

    @Test
    void qyzmetsThreePathsAgree() {
        for (Fixture f : new Fixture[] {benchmarkRequests, otherRequests}) {
            DayTermIndex index = new DayTermIndex(f.calendar, f.timetable, Fixture.ZONE);
            DayTermPolicy policy = new DayTermPolicy();
            assertThat(Agreement.check(f, "DayTermIndex",
                    i -> Fixture.localDate(index.dueEpochSecond(f.acceptedEpochSeconds[i], f.terms[i])), true).compared())
                    .isEqualTo(f.size());
            assertThat(Agreement.check(f, "DayTermPolicy",
                    i -> policy.due(f.acceptedAt[i], f.workingDayTerms[i], f.context, line -> { }).atZone(Fixture.ZONE).toLocalDate(), true)
                    .compared()).isEqualTo(f.size());
            for (int i = 0; i < f.size(); i++) {
                assertThat(index.dueEpochSecond(f.acceptedEpochSeconds[i], f.terms[i]))
                        .isEqualTo(policy.due(f.acceptedAt[i], f.workingDayTerms[i], f.context, line -> { }).getEpochSecond());
            }
        }
    }

    @Test
    void theUseCaseLevelCallAgreesWithTheGeneralPolicies() {
        for (Fixture f : new Fixture[] {benchmarkRequests, otherRequests}) {
            DeadlineCall call = new DeadlineCall(f);
            assertThat(call.agreement()).isEqualTo(f.size());
            assertThat(call.deadline(0).explanation().lines()).isNotEmpty();
        }
    }

    @Test
    void acceptingWithStepDeadlinesAgreesWithTheGeneralPolicies() {
        for (Fixture f : new Fixture[] {benchmarkRequests, otherRequests}) {
            AcceptanceCall call = new AcceptanceCall(f);
            assertThat(call.agreement()).isEqualTo(f.size());
            assertThat(call.accept(0)).hasSize(7);
        }
    }

    @Test
    void objectLabAgreesExceptAcrossWorkedWeekends() {
        for (Fixture f : new Fixture[] {benchmarkRequests, otherRequests}) {
            ObjectLabDeadlines objectLab = new ObjectLabDeadlines(f.holidays);
            Agreement.Result result = Agreement.check(f, "ObjectLab Kit",
                    i -> objectLab.workingDayAfter(f.acceptanceDays[i], f.terms[i]), false);
            assertThat(result.compared()).isGreaterThan(f.size() * 9 / 10);
            assertThat(result.differingSkipped()).isPositive();
        }
    }

    @Test
    void jollydayAgrees() {
        for (Fixture f : new Fixture[] {benchmarkRequests, otherRequests}) {
            JollydayDeadlines jollyday = new JollydayDeadlines(f.holidays);
            assertThat(Agreement.check(f, "jollyday",
                    i -> jollyday.workingDayAfter(f.acceptanceDays[i], f.terms[i]), true).compared()).isEqualTo(f.size());
            assertThat(jollyday.isHoliday(LocalDate.of(2025, 3, 21))).isTrue();
            assertThat(jollyday.isHoliday(LocalDate.of(2025, 3, 20))).isFalse();
        }
    }
}
