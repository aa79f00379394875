package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.Objects;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/**
 * The hours of one channel of a standard's version laid over the calendar, day by day: the acceptance
 * moment and the due instant of a day, minute or hour term by array look-ups, with no time-zone arithmetic
 * per call. It answers null where the general policies must answer instead (a day whose UTC offset changes,
 * a moment outside the calendar, a calendar-date term, a term that is not positive); where it answers, the
 * answer is that of {@link AcceptancePolicy}, {@link DayTermPolicy} and {@link WorkingTimePolicy}, to the
 * nanosecond.
 */
final class ChannelClock {

    /** What {@link #dueEpochSecond} answers for a start outside the calendar. */
    static final long OUTSIDE = Long.MIN_VALUE;
    /** Why a request is accepted when it is, by the part of the day it was received in ({@link TimetableDays#partOfDay}). */
    private static final AcceptanceReason[] BY_PART = {AcceptanceReason.BEFORE_INTAKE_HOURS, AcceptanceReason.WITHIN_INTAKE_HOURS,
            AcceptanceReason.AFTER_INTAKE_HOURS, AcceptanceReason.DAY_OFF};

    private final TimetableDays intake;
    private final TimetableDays provider;

    /**
     * @param intake   the days of the timetable in which applications are taken and working time runs
     * @param provider the days of the provider's timetable, whose close ends a day term
     */
    ChannelClock(TimetableDays intake, TimetableDays provider) {
        this.intake = Objects.requireNonNull(intake, "intake: required");
        this.provider = Objects.requireNonNull(provider, "provider: required");
        if (!intake.sameDaysAs(provider)) {
            throw new IllegalArgumentException("provider: its days must be those of the intake timetable (one calendar, one zone)");
        }
    }

    /**
     * The deadline of a request received at {@code receivedAt} with a term of {@code workingDays} by its table
     * {@code dayTerm} (null for a term of working time) or of {@code workingSeconds} of working time: the acceptance
     * of {@link #accept} and the due instant of {@link #afterWorkingDays} or {@link #afterWorkingTime}, found from
     * one day index (the day of acceptance is the day received or the next day intake opens); null where the
     * general policies must answer.
     */
    Deadline deadline(Instant receivedAt, Instant[] dayTerm, long workingSeconds, Explanation explanation) {
        long second = receivedAt.getEpochSecond();
        int day = intake.dayIndex(second);
        if (day == TimetableDays.NO_ANSWER || !intake.regular(day)) {
            return null;
        }
        int part = intake.partOfDay(day, second);
        int acceptedDay = intake.acceptanceDay(day, part);
        if (acceptedDay == TimetableDays.NO_ANSWER) {
            return null;
        }
        Acceptance accepted = acceptance(receivedAt, part, acceptedDay);
        Instant acceptedAt = accepted.acceptedAt();
        Instant due = dayTerm != null ? dayTerm[acceptedDay] : afterWorkingTime(acceptedAt, acceptedDay, workingSeconds);
        return due == null ? null : new Deadline(accepted, due, explanation);
    }

    /** {@link AcceptancePolicy#accept}, or null where it must answer. */
    Acceptance accept(Instant receivedAt) {
        long second = receivedAt.getEpochSecond();
        int day = intake.dayIndex(second);
        if (day == TimetableDays.NO_ANSWER || !intake.regular(day)) {
            return null;
        }
        int part = intake.partOfDay(day, second);
        int acceptedDay = intake.acceptanceDay(day, part);
        return acceptedDay == TimetableDays.NO_ANSWER ? null : acceptance(receivedAt, part, acceptedDay);
    }

    /**
     * The acceptance of a request received in that part of a day ({@link TimetableDays#partOfDay}), accepted on
     * {@code acceptedDay}: at once within the intake hours, else when intake opens that day. Chosen without a branch
     * on the part (the moments asked about fall anywhere in the day, so a branch on it would be mispredicted often).
     */
    private Acceptance acceptance(Instant receivedAt, int part, int acceptedDay) {
        Instant opening = intake.intakeFromAt(acceptedDay);
        return new Acceptance(receivedAt, part == TimetableDays.WITHIN ? receivedAt : opening, BY_PART[part]);
    }

    /**
     * The due instant of a term started at {@code start}, or null where the general policies must answer. The
     * paths people call read the term once per version and keep it ({@link CountedTerm}).
     */
    Instant due(Instant start, ProcessingTerm term) {
        return CountedTerm.on(this, term).due(start);
    }

    /**
     * {@link DayTermPolicy#due}: the close of the provider's hours on the n-th working day after the day of
     * {@code start}, or null if the start lies outside the calendar.
     */
    Instant afterWorkingDays(Instant start, int workingDays) {
        return afterWorkingDays(start, dayTerm(workingDays), workingDays);
    }

    /** {@link #afterWorkingDays(Instant, int)} with the term's table from {@link #dayTerm}. */
    Instant afterWorkingDays(Instant start, Instant[] dayTerm, int workingDays) {
        int day = provider.dayIndex(start.getEpochSecond());
        if (day == TimetableDays.NO_ANSWER) {
            return null;
        }
        Instant due = dayTerm[day];
        // beyond the table the calendar's own count answers, with its error
        return due != null ? due : provider.closeAt(provider.calendar().workingDayIndexAfter(day, workingDays));
    }

    /** The due instants of a term of that many working days by the day it starts (see {@link TimetableDays#dayTerm}). */
    Instant[] dayTerm(int workingDays) {
        return provider.dayTerm(workingDays);
    }

    /**
     * The day-term due instant in epoch seconds, for callers that keep seconds ({@link DayTermIndex}), or
     * {@link #OUTSIDE} if the start lies outside the calendar.
     */
    long dueEpochSecond(long startEpochSecond, int workingDays) {
        int day = provider.dayIndex(startEpochSecond);
        if (day == TimetableDays.NO_ANSWER) {
            return OUTSIDE;
        }
        return provider.close(provider.calendar().workingDayIndexAfter(day, workingDays));
    }

    /**
     * {@link WorkingTimePolicy#due}: the clock runs in the intake timetable's working periods; null where the
     * general policy must answer.
     */
    Instant afterWorkingTime(Instant start, long seconds) {
        return afterWorkingTime(start, intake.dayIndex(start.getEpochSecond()), seconds);
    }

    /** {@link #afterWorkingTime(Instant, long)} from {@code start}, which lies in day {@code first} of the intake timetable. */
    private Instant afterWorkingTime(Instant start, int first, long seconds) {
        long second = start.getEpochSecond();
        int nano = start.getNano();
        if (seconds <= 0 || first == TimetableDays.NO_ANSWER) {
            return null;
        }
        long remaining = seconds;
        for (int day = first; day < first + WorkingTimePolicy.MAX_DAYS; day++) {
            if (day >= intake.length() || !intake.regular(day)) {
                return null;
            }
            if (!intake.open(day)) {
                continue;
            }
            for (int period = 0; period < 2 && intake.periodFrom(day, period) != TimetableDays.CLOSED; period++) {
                long from = intake.periodFrom(day, period);
                long to = intake.periodTo(day, period);
                boolean fromStart = day == first && (second > from || second == from && nano > 0);
                long beginSecond = fromStart ? second : from;
                int beginNano = fromStart ? nano : 0;
                if (beginSecond >= to) {
                    continue;
                }
                long available = to - beginSecond - (beginNano > 0 ? 1 : 0);
                if (remaining <= available) {
                    return Instant.ofEpochSecond(beginSecond + remaining, beginNano);
                }
                remaining -= available;
            }
        }
        return null;
    }
}
