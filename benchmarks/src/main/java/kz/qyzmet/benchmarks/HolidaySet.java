package kz.qyzmet.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import kz.qyzmet.domain.calendar.WorkingCalendar;

/**
 * The working calendar flattened into what a general-purpose holiday library can take: the weekdays that
 * are not working days (holidays, moved holidays, religious and transferred days off) on top of a
 * Saturday–Sunday weekend, and the Saturdays and Sundays that a transfer makes working days.
 */
public final class HolidaySet {

    private final NavigableSet<LocalDate> weekdayHolidays;
    private final NavigableSet<LocalDate> workedWeekends;
    private final LocalDate first;
    private final LocalDate last;

    private HolidaySet(NavigableSet<LocalDate> weekdayHolidays, NavigableSet<LocalDate> workedWeekends, LocalDate first, LocalDate last) {
        this.weekdayHolidays = Collections.unmodifiableNavigableSet(weekdayHolidays);
        this.workedWeekends = Collections.unmodifiableNavigableSet(workedWeekends);
        this.first = first;
        this.last = last;
    }

    /** The set of the calendar's whole range. */
    public static HolidaySet of(WorkingCalendar calendar) {
        NavigableSet<LocalDate> holidays = new TreeSet<>();
        NavigableSet<LocalDate> worked = new TreeSet<>();
        LocalDate first = calendar.firstDay();
        LocalDate last = first.plusDays(calendar.length() - 1L);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWeekend(day)) {
                if (calendar.status(day).workedByTransfer().isPresent()) {
                    worked.add(day);
                }
            } else if (!calendar.isWorkingDay(day)) {
                holidays.add(day);
            }
        }
        return new HolidaySet(holidays, worked, first, last);
    }

    /** Saturday or Sunday. */
    public static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Every Monday–Friday of the range that is not a working day. */
    public NavigableSet<LocalDate> weekdayHolidays() {
        return weekdayHolidays;
    }

    /** Every Saturday or Sunday of the range that a transfer makes a working day. */
    public NavigableSet<LocalDate> workedWeekends() {
        return workedWeekends;
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    /** Whether a worked weekend lies in {@code [from, to]}. */
    public boolean workedWeekendWithin(LocalDate from, LocalDate to) {
        LocalDate next = workedWeekends.ceiling(from);
        return next != null && !next.isAfter(to);
    }
}
