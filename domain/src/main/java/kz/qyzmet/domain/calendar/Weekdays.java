package kz.qyzmet.domain.calendar;

import java.time.DayOfWeek;
import java.util.Optional;

/**
 * The seven weekdays as answers to "whose office hours does this day keep?", made once: the deadline clock asks
 * it of every day it counts, and the answer costs no allocation.
 */
final class Weekdays {

    private static final Optional<DayOfWeek>[] ANSWERS = answers();

    private Weekdays() {
    }

    static Optional<DayOfWeek> of(DayOfWeek day) {
        return ANSWERS[day.ordinal()];
    }

    @SuppressWarnings("unchecked")
    private static Optional<DayOfWeek>[] answers() {
        Optional<DayOfWeek>[] answers = new Optional[DayOfWeek.values().length];
        for (DayOfWeek day : DayOfWeek.values()) {
            answers[day.ordinal()] = Optional.of(day);
        }
        return answers;
    }
}
