package kz.qyzmet.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transfer of a day off made for one year by a government decree (until 2023) or an order of the labour
 * minister (Labour Code, since 2024): a Saturday or Sunday becomes a working day and a weekday becomes a day off.
 *
 * @param dayOff     the weekday that becomes a day off
 * @param workingDay the Saturday or Sunday that becomes a working day
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
        if (!isWeekend(workingDay)) {
            throw new IllegalArgumentException("workingDay: " + workingDay + " is a " + workingDay.getDayOfWeek()
                    + "; a transfer makes a Saturday or Sunday a working day");
        }
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
