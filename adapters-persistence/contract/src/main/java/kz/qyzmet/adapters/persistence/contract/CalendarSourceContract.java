package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import kz.qyzmet.application.calendar.port.out.CalendarSource;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CalendarSource} keeps: it loads once and answers from memory (the same calendar on
 * each call), the calendar covers whole years from its first to its last, and each day's status agrees with
 * whether it is a working day, a plain weekday working and a plain Saturday or Sunday not. Extend it with your
 * source.
 */
public abstract class CalendarSourceContract {

    /** The source under test, loaded. */
    protected abstract CalendarSource source();

    @Test
    void theCalendarIsLoadedOnceAndAnsweredFromMemory() {
        CalendarSource source = source();
        assertThat(source.calendar()).isNotNull().isSameAs(source.calendar());
    }

    @Test
    void theCalendarCoversWholeYearsAndEachDaysStatusAgreesWithWorking() {
        WorkingCalendar calendar = source().calendar();
        assertThat(calendar.firstYear()).isLessThanOrEqualTo(calendar.lastYear());
        assertThat(calendar.covers(LocalDate.of(calendar.firstYear(), 1, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(calendar.lastYear(), 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(calendar.firstYear() - 1, 12, 31))).isFalse();
        assertThat(calendar.covers(LocalDate.of(calendar.lastYear() + 1, 1, 1))).isFalse();
        LocalDate first = LocalDate.of(calendar.firstYear(), 1, 1);
        LocalDate last = LocalDate.of(calendar.lastYear(), 12, 31);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            DayStatus status = calendar.status(day);
            assertThat(status.date()).isEqualTo(day);
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(status.working());
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (DayStatus.Workday.KIND.equals(status.kind())) {
                assertThat(weekend).as(day + " is a plain workday").isFalse();
            } else if (DayStatus.Weekend.KIND.equals(status.kind())) {
                assertThat(weekend).as(day + " is a plain weekend").isTrue();
            }
        }
    }
}
