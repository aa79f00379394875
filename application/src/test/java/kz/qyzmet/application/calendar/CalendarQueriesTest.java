package kz.qyzmet.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import kz.qyzmet.application.calendar.port.in.CalendarYearView;
import kz.qyzmet.application.calendar.port.in.ShowCalendarYearUseCase;
import kz.qyzmet.domain.calendar.CalendarYear;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.calendar.HolidayKind;
import kz.qyzmet.domain.calendar.HolidayRule;
import kz.qyzmet.domain.calendar.LegalSource;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.calendar.Transfer;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.language.LocalizedText;
import org.junit.jupiter.api.Test;

/** The calendar use case through its port, on a calendar source held in memory. */
class CalendarQueriesTest {

    private static final LegalSource SOURCE = new LegalSource("a test act", "art. 1", null);

    // Constitution Day, 30 August 2025, falls on a Saturday: its day off moves to Monday 1 September
    private static final HolidayRule CONSTITUTION_DAY = new HolidayRule(CatalogCode.of("constitution-day"), MonthDay.of(8, 30),
            HolidayKind.NATIONAL_OR_STATE, LocalizedText.of("Конституция күні", "День Конституции"), LocalDate.of(2020, 1, 1), null, SOURCE);
    private static final Transfer JANUARY = new Transfer(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 5), SOURCE);

    private final ShowCalendarYearUseCase calendar = new CalendarQueries(() -> WorkingCalendar.of(List.of(CONSTITUTION_DAY),
            List.of(new CalendarYear(2025, true, List.of(), List.of(JANUARY), null)), 2025, 2026));

    @Test
    void aYearShowsItsDaysOffTheWeekendsWorkedAndItsWorkingDays() {
        CalendarYearView year = calendar.showYear(2025);
        assertThat(year.year()).isEqualTo(2025);
        assertThat(year.decreeData()).isTrue();
        assertThat(year.weekendsWorked()).extracting(DayStatus::date).containsExactly(LocalDate.of(2025, 1, 5));
        assertThat(year.daysOff()).filteredOn(day -> !(day instanceof DayStatus.Weekend)).extracting(DayStatus::kind, DayStatus::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TRANSFERRED_DAY_OFF", LocalDate.of(2025, 1, 3)),
                        org.assertj.core.groups.Tuple.tuple("HOLIDAY", LocalDate.of(2025, 8, 30)),
                        org.assertj.core.groups.Tuple.tuple("MOVED_HOLIDAY", LocalDate.of(2025, 9, 1)));
        // 261 weekdays in 2025, less the transferred day off and the moved holiday, plus the Sunday worked
        assertThat(year.workingDays()).isEqualTo(261 - 2 + 1);
    }

    @Test
    void aYearWithoutDecreeDataIsComputedFromTheStatutoryRules() {
        assertThat(calendar.showYear(2026).decreeData()).isFalse();
    }

    @Test
    void aYearOutsideTheCalendarIsRefusedNamingTheRange() {
        assertThatThrownBy(() -> calendar.showYear(2027)).isInstanceOf(OutsideCalendarException.class)
                .hasMessage("year: 2027-01-01 lies outside the working calendar's data (2025–2026)");
    }
}
