package kz.qyzmet.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a day is a working day under the working calendar, and why.
 */
public sealed interface DayStatus {

    /** The day. */
    LocalDate date();

    /** Whether it is a working day. */
    boolean working();

    /** A weekday with no holiday and no transfer. */
    record Workday(LocalDate date) implements DayStatus {
        public boolean working() {
            return true;
        }
    }

    /**
     * A day off made a working day by a transfer: a Saturday or Sunday, or a weekday to which a holiday's day
     * off had moved (its day off then lies on the transfer's {@code dayOff}).
     */
    record WorkedWeekend(LocalDate date, Transfer transfer) implements DayStatus {
        public boolean working() {
            return true;
        }
    }

    /** A Saturday or Sunday. */
    record Weekend(LocalDate date) implements DayStatus {
        public boolean working() {
            return false;
        }
    }

    /** A holiday that is a day off by law (including religious days off on fixed dates). */
    record Holiday(LocalDate date, HolidayRule rule) implements DayStatus {
        public Holiday {
            Objects.requireNonNull(rule, "rule: required");
        }

        public boolean working() {
            return false;
        }
    }

    /** A day off moved here because a holiday fell on a Saturday or Sunday (Law "On holidays", art. 5). */
    record MovedHoliday(LocalDate date, HolidayRule rule, LocalDate holidayDate) implements DayStatus {
        public boolean working() {
            return false;
        }
    }

    /** A religious day off dated for the year (the first day of Kurban ait). */
    record ReligiousDayOff(LocalDate date, DatedDayOff dayOff) implements DayStatus {
        public boolean working() {
            return false;
        }
    }

    /** A weekday made a day off by a transfer. */
    record TransferredDayOff(LocalDate date, Transfer transfer) implements DayStatus {
        public boolean working() {
            return false;
        }
    }
}
