package kz.qyzmet.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a day is a working day under the working calendar, and why.
 */
public sealed interface DayStatus {

    /** The day. */
    LocalDate date();

    /** Whether it is a working day. */
    boolean working();

    /**
     * The kind of day under its published name ({@code WORKDAY}, {@code MOVED_HOLIDAY}…), the one the API
     * answers with: fixed here, so that renaming a record does not change what clients read.
     */
    String kind();

    /**
     * Whose office hours the day keeps, as a weekday: a workday and a Saturday or Sunday their own (an office may
     * open at weekends); a worked Saturday or Sunday those of the weekday whose day off it took, a worked weekday its
     * own; none on a day off by law or by transfer.
     */
    Optional<DayOfWeek> officeHoursOf();

    /** The day as a day off made a working day by a transfer, if it is one. */
    Optional<WorkedWeekend> workedByTransfer();

    /** What the visitor does with this kind of day: one method per member, so that a new member must be answered everywhere. */
    <R> R accept(Visitor<R> visitor);

    /**
     * Something done with a day that depends on its kind (its text, for one): one method per member of the family.
     *
     * @param <R> what the visit answers
     */
    interface Visitor<R> {
        R visit(Workday day);

        R visit(WorkedWeekend day);

        R visit(Weekend day);

        R visit(Holiday day);

        R visit(MovedHoliday day);

        R visit(ReligiousDayOff day);

        R visit(TransferredDayOff day);
    }

    /** A weekday with no holiday and no transfer. */
    record Workday(LocalDate date) implements DayStatus {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String KIND = "WORKDAY";

        @Override
        public Optional<DayOfWeek> officeHoursOf() {
            return Weekdays.of(date.getDayOfWeek());
        }

        @Override
        public Optional<WorkedWeekend> workedByTransfer() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public boolean working() {
            return true;
        }

        public String kind() {
            return KIND;
        }
    }

    /**
     * A day off made a working day by a transfer: a Saturday or Sunday, or a weekday to which a holiday's day
     * off had moved (its day off then lies on the transfer's {@code dayOff}).
     */
    record WorkedWeekend(LocalDate date, Transfer transfer) implements DayStatus {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String KIND = "WORKED_WEEKEND";

        @Override
        public Optional<DayOfWeek> officeHoursOf() {
            return Weekdays.of(date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? transfer.dayOff().getDayOfWeek() : date.getDayOfWeek());
        }

        @Override
        public Optional<WorkedWeekend> workedByTransfer() {
            return Optional.of(this);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public boolean working() {
            return true;
        }

        public String kind() {
            return KIND;
        }
    }

    /** A Saturday or Sunday. */
    record Weekend(LocalDate date) implements DayStatus {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String KIND = "WEEKEND";

        @Override
        public Optional<DayOfWeek> officeHoursOf() {
            return Weekdays.of(date.getDayOfWeek());
        }

        @Override
        public Optional<WorkedWeekend> workedByTransfer() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public boolean working() {
            return false;
        }

        public String kind() {
            return KIND;
        }
    }

    /** A holiday that is a day off by law (including religious days off on fixed dates). */
    record Holiday(LocalDate date, HolidayRule rule) implements DayStatus {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String KIND = "HOLIDAY";

        public Holiday {
            Objects.requireNonNull(rule, "rule: required");
        }

        @Override
        public Optional<DayOfWeek> officeHoursOf() {
            return Optional.empty();
        }

        @Override
        public Optional<WorkedWeekend> workedByTransfer() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public boolean working() {
            return false;
        }

        public String kind() {
            return KIND;
        }
    }

    /** A day off moved here because a holiday fell on a Saturday or Sunday (Law "On holidays", art. 5). */
    record MovedHoliday(LocalDate date, HolidayRule rule, LocalDate holidayDate) implements DayStatus {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String KIND = "MOVED_HOLIDAY";

        @Override
        public Optional<DayOfWeek> officeHoursOf() {
            return Optional.empty();
        }

        @Override
        public Optional<WorkedWeekend> workedByTransfer() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public boolean working() {
            return false;
        }

        public String kind() {
            return KIND;
        }
    }

    /** A religious day off dated for the year (the first day of Kurban ait). */
    record ReligiousDayOff(LocalDate date, DatedDayOff dayOff) implements DayStatus {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String KIND = "RELIGIOUS_DAY_OFF";

        @Override
        public Optional<DayOfWeek> officeHoursOf() {
            return Optional.empty();
        }

        @Override
        public Optional<WorkedWeekend> workedByTransfer() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public boolean working() {
            return false;
        }

        public String kind() {
            return KIND;
        }
    }

    /** A weekday made a day off by a transfer. */
    record TransferredDayOff(LocalDate date, Transfer transfer) implements DayStatus {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String KIND = "TRANSFERRED_DAY_OFF";

        @Override
        public Optional<DayOfWeek> officeHoursOf() {
            return Optional.empty();
        }

        @Override
        public Optional<WorkedWeekend> workedByTransfer() {
            return Optional.empty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public boolean working() {
            return false;
        }

        public String kind() {
            return KIND;
        }
    }
}
