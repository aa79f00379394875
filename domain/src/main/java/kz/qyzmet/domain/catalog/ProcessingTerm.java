package kz.qyzmet.domain.catalog;

import java.time.Duration;
import java.time.MonthDay;
import java.util.Objects;

/**
 * How long a service or a procedure step may take (field 3 of a standard; the regulation's step
 * durations): working days, working minutes or hours, or a calendar date by which it must be done.
 */
public sealed interface ProcessingTerm {

    /** What the visitor does with this kind of term. */
    <R> R accept(Visitor<R> visitor);

    /**
     * Something done with a term that depends on its kind (its text, its JSON form, the clock that counts it): one
     * method per member, so that a new kind of term does not compile until every visitor says what it does with it.
     *
     * @param <R> what the visit answers
     */
    interface Visitor<R> {
        R visit(WorkingDays term);

        R visit(Minutes term);

        R visit(Hours term);

        R visit(ByDate term);
    }

    /**
     * N working days; counting starts the day after acceptance (Civil Code rule for periods).
     *
     * @param days                 how many, at least 1
     * @param acceptanceDayCounted false where the source says explicitly that the day of acceptance is not
     *                             counted (State Corporation clause); the rule is the same either way,
     *                             the flag records that the source says so
     */
    record WorkingDays(int days, boolean acceptanceDayCounted) implements ProcessingTerm {
        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("workingDays: must be at least 1, was " + days);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * N minutes of working time from the acceptance moment.
     *
     * @param minutes how many, at least 1
     */
    record Minutes(int minutes) implements ProcessingTerm {
        public Minutes {
            if (minutes < 1) {
                throw new IllegalArgumentException("minutes: must be at least 1, was " + minutes);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Duration duration() {
            return Duration.ofMinutes(minutes);
        }
    }

    /**
     * N hours of working time from the acceptance moment.
     *
     * @param hours how many, at least 1
     */
    record Hours(int hours) implements ProcessingTerm {
        public Hours {
            if (hours < 1) {
                throw new IllegalArgumentException("hours: must be at least 1, was " + hours);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Duration duration() {
            return Duration.ofHours(hours);
        }
    }

    /**
     * Not later than a calendar date of the current calendar or school year ("not later than 30 August").
     *
     * @param date the day and month
     * @param year which year the date belongs to
     */
    record ByDate(MonthDay date, YearAnchor year) implements ProcessingTerm {
        public ByDate {
            Objects.requireNonNull(date, "byDate: required");
            Objects.requireNonNull(year, "year: required (CALENDAR_YEAR or SCHOOL_YEAR)");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    static ProcessingTerm workingDays(int days) {
        return new WorkingDays(days, true);
    }

    static ProcessingTerm minutes(int minutes) {
        return new Minutes(minutes);
    }
}
