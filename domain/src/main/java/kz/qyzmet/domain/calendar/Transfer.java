package kz.qyzmet.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transfer of a day off made for one year by a government decree (until 2023) or an order of the labour
 * minister (Labour Code, since 2024): a day off becomes a working day and a weekday becomes a day off.
 *
 * <p>The day that becomes a working day is usually a Saturday or Sunday. It may also be a weekday that is a
 * day off only because a holiday on a Saturday or Sunday moved there (Law "On holidays", art. 5): Decree
 * No. 820 of 2019 moved the day off of Monday 11 May 2020 (Victory Day, Saturday 9 May, moved) to Friday
 * 8 May. Whether such a weekday really carries a moved holiday is checked by {@link WorkingCalendar}, which
 * knows the holidays.
 *
 * @param dayOff     the weekday that becomes a day off
 * @param workingDay the Saturday or Sunday, or the weekday carrying a moved holiday, that becomes a working day
 * @param source     the decree or order
 */
public record Transfer(LocalDate dayOff, LocalDate workingDay, LegalSource source) {
    public Transfer {
        Objects.requireNonNull(dayOff, "dayOff: required");
        Objects.requireNonNull(workingDay, "workingDay: required");
        LegalSource.require(source, "source");
        if (isWeekend(dayOff)) {
            throw new IllegalArgumentException("dayOff: " + dayOff + " is a " + dayOff.getDayOfWeek()
                    + "; a transfer makes a weekday a day off");
        }
        if (workingDay.equals(dayOff)) {
            throw new IllegalArgumentException("workingDay: " + workingDay + " is also the dayOff; a transfer moves a day off to another day");
        }
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
