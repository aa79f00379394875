package kz.qyzmet.domain.deadline;

import java.time.Instant;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/**
 * A term as a {@link ChannelClock} counts it, read off the term's kind once: a number of working days, a
 * number of seconds of working time (minute and hour terms), or neither (a calendar-date limit, which the
 * general policy counts). Kept per version and channel, so that the paths people call do not ask a term its
 * kind on every deadline.
 */
final class CountedTerm {

    private static final ProcessingTerm.Visitor<CountedTerm> COUNT = new ProcessingTerm.Visitor<>() {
        @Override
        public CountedTerm workingDays(ProcessingTerm.WorkingDays term) {
            return new CountedTerm(term.days(), 0);
        }

        @Override
        public CountedTerm minutes(ProcessingTerm.Minutes term) {
            return new CountedTerm(0, term.duration().toSeconds());
        }

        @Override
        public CountedTerm hours(ProcessingTerm.Hours term) {
            return new CountedTerm(0, term.duration().toSeconds());
        }

        @Override
        public CountedTerm byDate(ProcessingTerm.ByDate term) {
            return new CountedTerm(0, 0);
        }
    };

    private final int workingDays;
    private final long workingSeconds;

    private CountedTerm(int workingDays, long workingSeconds) {
        this.workingDays = workingDays;
        this.workingSeconds = workingSeconds;
    }

    static CountedTerm of(ProcessingTerm term) {
        return term.accept(COUNT);
    }

    /** The due instant on the clock of a term started at {@code start}, or null where the general policies must answer. */
    Instant due(ChannelClock clock, Instant start) {
        if (workingDays > 0) {
            return clock.afterWorkingDays(start, workingDays);
        }
        if (workingSeconds > 0) {
            return clock.afterWorkingTime(start, workingSeconds);
        }
        return null;
    }
}
