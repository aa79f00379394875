package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.Objects;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/**
 * A term as a {@link ChannelClock} counts it, read off the term's kind once: a number of working days with
 * the clock's table of due instants by starting day, a number of seconds of working time (minute and hour
 * terms), or neither (a calendar-date limit, which the general policy counts). Kept per version and channel,
 * so that the paths people call neither ask a term its kind nor count its days on every deadline.
 */
final class CountedTerm {

    private final ChannelClock clock;
    private final int workingDays;
    private final Instant[] dayTerm;
    private final long workingSeconds;

    private CountedTerm(ChannelClock clock, int workingDays, long workingSeconds) {
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.workingDays = workingDays;
        this.dayTerm = workingDays > 0 ? clock.dayTerm(workingDays) : null;
        this.workingSeconds = workingSeconds;
    }

    /** The term as the clock counts it. */
    static CountedTerm on(ChannelClock clock, ProcessingTerm term) {
        return term.accept(new ProcessingTerm.Visitor<>() {
            @Override
            public CountedTerm visit(ProcessingTerm.WorkingDays days) {
                return new CountedTerm(clock, days.days(), 0);
            }

            @Override
            public CountedTerm visit(ProcessingTerm.Minutes minutes) {
                return new CountedTerm(clock, 0, minutes.duration().toSeconds());
            }

            @Override
            public CountedTerm visit(ProcessingTerm.Hours hours) {
                return new CountedTerm(clock, 0, hours.duration().toSeconds());
            }

            @Override
            public CountedTerm visit(ProcessingTerm.ByDate date) {
                return new CountedTerm(clock, 0, 0);
            }
        });
    }

    /**
     * The deadline, with that explanation, of a request received at {@code receivedAt} with this term counted from
     * its acceptance, or null where the general policies must answer.
     */
    Deadline deadline(Instant receivedAt, Explanation explanation) {
        return dayTerm != null || workingSeconds > 0 ? clock.deadline(receivedAt, dayTerm, workingSeconds, explanation) : null;
    }

    /** The due instant of the term started at {@code start}, or null where the general policies must answer. */
    Instant due(Instant start) {
        if (dayTerm != null) {
            return clock.afterWorkingDays(start, dayTerm, workingDays);
        }
        if (workingSeconds > 0) {
            return clock.afterWorkingTime(start, workingSeconds);
        }
        return null;
    }
}
