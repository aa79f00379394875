package kz.qyzmet.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = StatutoryHolidays.calendar();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aFiveDayWeek() {
        assertThat(calendar.isWorkingDay(d("2025-04-11"))).as("Friday").isTrue();
        assertThat(calendar.status(d("2025-04-12"))).isInstanceOf(DayStatus.Weekend.class);
        assertThat(calendar.status(d("2025-04-13"))).isInstanceOf(DayStatus.Weekend.class);
    }

    @Test
    void nauryzOnAWeekendMovesItsDaysOffToTheNextWorkingDays() {
        assertThat(calendar.status(d("2025-03-21"))).isInstanceOfSatisfying(DayStatus.Holiday.class,
                h -> assertThat(h.rule().code().value()).isEqualTo("nauryz-1"));
        assertThat(calendar.status(d("2025-03-24"))).isInstanceOfSatisfying(DayStatus.MovedHoliday.class, m -> {
            assertThat(m.rule().code().value()).isEqualTo("nauryz-2");
            assertThat(m.holidayDate()).isEqualTo(d("2025-03-22"));
        });
        assertThat(calendar.status(d("2025-03-25"))).isInstanceOfSatisfying(DayStatus.MovedHoliday.class,
                m -> assertThat(m.holidayDate()).isEqualTo(d("2025-03-23")));
        assertThat(calendar.isWorkingDay(d("2025-03-26"))).isTrue();
    }

    @Test
    void aReligiousHolidayOnAWeekendDoesNotMove() {
        // 7 January 2024 was a Sunday: Orthodox Christmas; Monday 8 January 2024 was a working day
        assertThat(calendar.status(d("2024-01-07"))).isInstanceOf(DayStatus.Holiday.class);
        assertThat(calendar.isWorkingDay(d("2024-01-08"))).isTrue();
    }

    @Test
    void kurbanAitIsADayOffOnTheDateSetForTheYear() {
        assertThat(calendar.status(d("2025-06-06"))).isInstanceOf(DayStatus.ReligiousDayOff.class);
    }

    @Test
    void aTransferSwapsAWeekendDayAndAWeekday() {
        assertThat(calendar.status(d("2025-01-03"))).isInstanceOf(DayStatus.TransferredDayOff.class);
        assertThat(calendar.status(d("2025-01-05"))).isInstanceOfSatisfying(DayStatus.WorkedWeekend.class,
                w -> assertThat(w.transfer().source()).isEqualTo(StatutoryHolidays.ORDER_436));
        assertThat(calendar.isWorkingDay(d("2025-01-05"))).isTrue();
    }

    @Test
    void aHolidayOnSaturdayAtTheEndOfAYearMovesIntoTheNext() {
        // 2023-12-16 (Independence Day) was a Saturday: its day off moved to Monday 18 December
        assertThat(calendar.status(d("2023-12-18"))).isInstanceOf(DayStatus.MovedHoliday.class);
    }

    @Test
    void nthWorkingDayAfterAndWorkingDaysBetween() {
        LocalDate accepted = d("2025-03-17");
        assertThat(calendar.workingDayAfter(accepted, 1)).isEqualTo(d("2025-03-18"));
        assertThat(calendar.workingDayAfter(accepted, 4)).isEqualTo(d("2025-03-26"));
        assertThat(calendar.workingDayAfter(accepted, 15)).isEqualTo(d("2025-04-10"));
        assertThat(calendar.workingDaysBetween(accepted, d("2025-04-10"))).isEqualTo(15);
        assertThat(calendar.workingDaysBetween(accepted, accepted)).isZero();
        assertThat(calendar.workingDayAfter(d("2025-03-22"), 1)).as("from a weekend").isEqualTo(d("2025-03-26"));
    }

    @Test
    void theFirstWorkingDayOnOrAfter() {
        assertThat(calendar.workingDayOnOrAfter(d("2025-03-21"))).isEqualTo(d("2025-03-26"));
        assertThat(calendar.workingDayOnOrAfter(d("2025-03-26"))).isEqualTo(d("2025-03-26"));
    }

    @Test
    void listsTheDaysOffWithTheirReasons() {
        List<DayStatus> off = calendar.daysOff(d("2025-03-18"), d("2025-03-26"));
        assertThat(off).extracting(DayStatus::date).containsExactly(
                d("2025-03-21"), d("2025-03-22"), d("2025-03-23"), d("2025-03-24"), d("2025-03-25"));
    }

    @Test
    void knowsWhichYearsHaveDecreeData() {
        assertThat(calendar.hasDecreeData(2025)).isTrue();
        assertThat(calendar.hasDecreeData(2026)).isFalse();
    }

    @Test
    void refusesDaysOutsideItsData() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2031-01-05")))
                .isInstanceOf(OutsideCalendarException.class)
                .hasMessage("year: 2031-01-05 lies outside the working calendar's data (2023–2027)");
        assertThatThrownBy(() -> calendar.workingDayAfter(d("2027-12-20"), 30)).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> calendar.workingDayAfter(d("2025-01-10"), 0)).hasMessage("workingDays: must be at least 1, was 0");
    }

    @Test
    void rejectsATransferOntoAHoliday() {
        CalendarYear bad = new CalendarYear(2025, true, List.of(),
                List.of(new Transfer(d("2025-03-21"), d("2025-03-29"), StatutoryHolidays.ORDER_436)), null);
        assertThatThrownBy(() -> WorkingCalendar.of(StatutoryHolidays.rules(), List.of(bad), 2023, 2027))
                .hasMessageContaining("transfers.dayOff: 2025-03-21 is a holiday (nauryz-1)");
    }

    @Test
    void rejectsBadYearData() {
        assertThatThrownBy(() -> new CalendarYear(2025, true, List.of(),
                List.of(new Transfer(d("2024-05-08"), d("2024-05-04"), StatutoryHolidays.ORDER_436)), null))
                .hasMessage("transfers.dayOff: 2024-05-08 lies outside the year 2025");
        assertThatThrownBy(() -> new Transfer(d("2025-01-04"), d("2025-01-05"), StatutoryHolidays.ORDER_436))
                .hasMessageContaining("dayOff: 2025-01-04 is a SATURDAY");
        assertThatThrownBy(() -> new Transfer(d("2025-01-03"), d("2025-01-03"), StatutoryHolidays.ORDER_436))
                .hasMessageContaining("workingDay: 2025-01-03 is also the dayOff");
        CalendarYear ordinaryMonday = new CalendarYear(2025, true, List.of(),
                List.of(new Transfer(d("2025-01-03"), d("2025-01-06"), StatutoryHolidays.ORDER_436)), null);
        assertThatThrownBy(() -> WorkingCalendar.of(StatutoryHolidays.rules(), List.of(ordinaryMonday), 2023, 2027))
                .hasMessageContaining("transfers.workingDay: 2025-01-06 is a MONDAY and a working day already");
        assertThatThrownBy(() -> new CalendarYear(2025, true, List.of(), List.of(
                new Transfer(d("2025-01-03"), d("2025-01-05"), StatutoryHolidays.ORDER_436),
                new Transfer(d("2025-01-03"), d("2025-01-04"), StatutoryHolidays.ORDER_436)), null))
                .hasMessage("transfers.dayOff: 2025-01-03 appears twice in the year's data");
        assertThatThrownBy(() -> WorkingCalendar.of(StatutoryHolidays.rules(), List.of(StatutoryHolidays.year2025()), 2026, 2027))
                .hasMessage("years: 2025 lies outside the calendar's range 2026–2027");
    }

    @Test
    void aTransferMayTakeTheDayOffThatAHolidayMovedOntoAWeekday() {
        // 2026: Victory Day falls on Saturday 9 May and its day off moves to Monday 11 May; a transfer of that
        // Monday to Friday 8 May (as Decree No. 820 did in 2020) makes the Monday a working day and no other day
        CalendarYear may = new CalendarYear(2026, true, List.of(),
                List.of(new Transfer(d("2026-05-08"), d("2026-05-11"), StatutoryHolidays.ORDER_436)), null);
        WorkingCalendar moved = WorkingCalendar.of(StatutoryHolidays.rules(), List.of(may), 2023, 2027);
        assertThat(moved.status(d("2026-05-08"))).isInstanceOf(DayStatus.TransferredDayOff.class);
        assertThat(moved.status(d("2026-05-11"))).isInstanceOf(DayStatus.WorkedWeekend.class);
        assertThat(moved.isWorkingDay(d("2026-05-12"))).as("the moved day off is spent, not pushed on").isTrue();
        assertThat(calendar.status(d("2026-05-11"))).as("without the transfer").isInstanceOf(DayStatus.MovedHoliday.class);
    }

    @Test
    void rejectsTwoOverlappingRulesForOneHoliday() {
        List<HolidayRule> rules = new java.util.ArrayList<>(StatutoryHolidays.rules());
        rules.add(rules.get(0));
        assertThatThrownBy(() -> WorkingCalendar.of(rules, List.of(), 2023, 2027))
                .hasMessageContaining("holidays: two rules for 'new-year' overlap");
    }
}
