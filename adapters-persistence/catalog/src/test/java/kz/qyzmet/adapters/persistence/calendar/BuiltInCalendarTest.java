package kz.qyzmet.adapters.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The shipped working calendar against facts published for each year (Labour Ministry production calendars,
 * the decrees and orders cited in the data).
 */
class BuiltInCalendarTest {

    private final WorkingCalendar calendar = JsonCalendarSource.builtIn().calendar();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void coversTheYearsOfTheCatalog() {
        assertThat(calendar.firstYear()).isEqualTo(2015);
        assertThat(calendar.lastYear()).as("statutory rules past 2030, flagged").isEqualTo(2035);
        assertThat(calendar.hasDecreeData(2031)).isFalse();
        assertThat(calendar.workingDayAfter(d("2030-12-28"), 15)).as("New Year 2031 on Wednesday and Thursday, Orthodox Christmas on Tuesday 7 January")
                .isEqualTo(d("2031-01-22"));
    }

    @Test
    void year2025TransferOfThirdJanuaryToFifthJanuary() {
        assertThat(calendar.status(d("2025-01-03"))).isInstanceOfSatisfying(DayStatus.TransferredDayOff.class,
                t -> assertThat(t.transfer().source().act()).contains("436"));
        assertThat(calendar.status(d("2025-01-05"))).isInstanceOf(DayStatus.WorkedWeekend.class);
        assertThat(calendar.status(d("2025-06-06"))).isInstanceOf(DayStatus.ReligiousDayOff.class);
        assertThat(calendar.workingDayAfter(d("2025-03-17"), 15)).isEqualTo(d("2025-04-10"));
    }

    @Test
    void year2020TransfersOfDecree820() {
        assertThat(calendar.status(d("2020-01-03"))).isInstanceOfSatisfying(DayStatus.TransferredDayOff.class,
                t -> assertThat(t.transfer().source().act()).contains("No. 820"));
        assertThat(calendar.isWorkingDay(d("2020-01-05"))).as("Sunday worked").isTrue();
        assertThat(calendar.status(d("2020-05-08"))).isInstanceOf(DayStatus.TransferredDayOff.class);
        assertThat(calendar.status(d("2020-05-11"))).as("Victory Day's moved day off, worked")
                .isInstanceOf(DayStatus.WorkedWeekend.class);
        assertThat(calendar.isWorkingDay(d("2020-05-12"))).isTrue();
        assertThat(calendar.status(d("2020-12-18"))).isInstanceOf(DayStatus.TransferredDayOff.class);
        assertThat(calendar.isWorkingDay(d("2020-12-20"))).as("Sunday worked").isTrue();
        assertThat(calendar.daysOff(d("2020-05-01"), d("2020-05-12"))).extracting(DayStatus::date).containsExactly(
                d("2020-05-01"), d("2020-05-02"), d("2020-05-03"), d("2020-05-07"), d("2020-05-08"), d("2020-05-09"),
                d("2020-05-10"));
    }

    @Test
    void year2024TransferOfFourthMayToEighthMay() {
        assertThat(calendar.status(d("2024-05-08"))).isInstanceOf(DayStatus.TransferredDayOff.class);
        assertThat(calendar.isWorkingDay(d("2024-05-04"))).isTrue();
        assertThat(calendar.status(d("2024-06-16"))).as("Kurban ait on a Sunday").isInstanceOf(DayStatus.ReligiousDayOff.class);
        assertThat(calendar.isWorkingDay(d("2024-06-17"))).as("a religious day off does not move").isTrue();
    }

    @Test
    void year2023TransferOfFirstJulyToSeventhJuly() {
        assertThat(calendar.status(d("2023-07-07"))).isInstanceOf(DayStatus.TransferredDayOff.class);
        assertThat(calendar.isWorkingDay(d("2023-07-01"))).isTrue();
    }

    @Test
    void the2022AmendmentMadeRepublicDayADayOffAndEndedFirstPresidentDay() {
        assertThat(calendar.status(d("2022-10-25"))).isInstanceOf(DayStatus.Holiday.class);
        assertThat(calendar.isWorkingDay(d("2022-12-01"))).isTrue();
        assertThat(calendar.status(d("2021-12-01"))).isInstanceOf(DayStatus.Holiday.class);
    }

    @Test
    void year2026UnderTheNewConstitution() {
        assertThat(calendar.status(d("2026-03-09"))).as("8 March on a Sunday").isInstanceOf(DayStatus.MovedHoliday.class);
        assertThat(calendar.isWorkingDay(d("2026-03-16"))).as("15 March is a day off only from 2027").isTrue();
        assertThat(calendar.isWorkingDay(d("2026-08-31"))).as("30 August is no longer a day off").isTrue();
        assertThat(calendar.status(d("2026-10-26"))).as("Republic Day on a Sunday").isInstanceOf(DayStatus.MovedHoliday.class);
        assertThat(calendar.status(d("2026-05-27"))).isInstanceOf(DayStatus.ReligiousDayOff.class);
        assertThat(calendar.workingDays(d("2026-01-01"), d("2026-12-31"))).hasSize(247);
        assertThat(calendar.status(d("2027-03-15"))).isInstanceOf(DayStatus.Holiday.class);
    }

    @Test
    void yearsWithoutDecreeDataAreStatutoryOnly() {
        assertThat(calendar.hasDecreeData(2026)).isTrue();
        assertThat(calendar.hasDecreeData(2027)).isFalse();
        assertThat(calendar.hasDecreeData(2020)).isTrue();
    }

    @Test
    void refusesYearsOutsideItsData() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2036-01-05"))).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2014-12-31"))).isInstanceOf(OutsideCalendarException.class);
    }
}
