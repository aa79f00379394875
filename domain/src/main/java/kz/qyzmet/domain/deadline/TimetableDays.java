package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.TimeRange;

/**
 * One office timetable laid over the working calendar in one zone, computed once for every day of the
 * calendar as epoch seconds: when the day starts, when intake opens and closes, the working periods (open
 * hours less the lunch break) and the moment the office closes. With it the term policies' answers are
 * array look-ups without time-zone arithmetic. Every value is computed by the same functions the policies
 * use ({@link DeadlineContext#at}, {@link Timetable#on}), so the answers are the same; a day with a change of
 * UTC offset inside it is marked irregular and its callers fall back to the general policies.
 */
final class TimetableDays {

    /** A value in the per-day tables for a day the office does not open. */
    static final long CLOSED = Long.MIN_VALUE;
    /** What a fast path returns when it cannot answer and the general policy must. */
    static final int NO_ANSWER = -1;
    /** The {@linkplain #partOfDay part of a day} within the intake hours. */
    static final int WITHIN = 1;

    private static final long DAY = 86_400;

    /**
     * Where a day's values lie in {@link #days}: {@value #STRIDE} longs a day, four days to a cache line, read
     * together by an acceptance (the moments asked about fall on any day, and a day's index reads the next day's
     * start too).
     */
    private static final int STRIDE = 2;
    private static final int START = 0;
    /**
     * The rest of a day in one long: the intake opening and close as seconds after the day's start
     * ({@value #OFFSET_BITS} bits each), how many days on intake next opens (0: none within
     * {@link AcceptancePolicy#MAX_CLOSED_DAYS}), and the day's {@link #SHUT} and {@link #IRREGULAR} marks.
     */
    private static final int REST = 1;
    private static final int OFFSET_BITS = 18;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    private static final int INTAKE_TO_SHIFT = OFFSET_BITS;
    private static final int NEXT_SHIFT = 2 * OFFSET_BITS;
    private static final long NEXT_MASK = 0xFF;
    /** The office does not open that day. */
    private static final int SHUT_BIT = NEXT_SHIFT + 8;
    private static final long SHUT = 1L << SHUT_BIT;
    /** The UTC offset changes that day, or its intake hours do not fit the packed form: the general policies answer. */
    private static final long IRREGULAR = SHUT << 1;

    private final WorkingCalendar calendar;
    private final int length;
    /**
     * Per day, side by side (a quarter of a cache line a day rather than one line per table): the start of the day,
     * then the intake opening and close, the next day on which intake opens and the day's marks, packed
     * ({@link #REST}).
     */
    private final long[] days;
    private final long[] close;
    /** Up to two working periods a day: [periods[4i], periods[4i+1]) and [periods[4i+2], periods[4i+3]). */
    private final long[] periods;
    /**
     * The close and the intake opening as instants, made once: the due instant of a day term and the
     * acceptance moment of a request received out of hours are one of these, so the fast paths answer them
     * without allocating.
     */
    private final Instant[] closeAt;
    private final Instant[] intakeFromAt;
    /** The end of the calendar's last day. */
    private final long lastDayEnd;
    /** The due instants of day terms by acceptance day, one table per number of working days, made when first asked for. */
    private final ConcurrentMap<Integer, Instant[]> dayTerms = new ConcurrentHashMap<>();

    TimetableDays(WorkingCalendar calendar, Timetable timetable, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar: required");
        Objects.requireNonNull(timetable, "timetable: required");
        Objects.requireNonNull(zone, "zone: required");
        DeadlineContext context = new DeadlineContext(calendar, zone, new ServiceHours(timetable, timetable, false));
        ZoneRules rules = zone.getRules();
        length = calendar.length();
        long[] dayStart = new long[length + 1];
        boolean[] regular = new boolean[length];
        long[] intakeFrom = new long[length];
        long[] intakeTo = new long[length];
        close = new long[length];
        periods = new long[4 * length];
        closeAt = new Instant[length];
        intakeFromAt = new Instant[length];
        LocalDate day = calendar.firstDay();
        for (int i = 0; i < length; i++, day = day.plusDays(1)) {
            dayStart[i] = day.atStartOfDay(zone).toEpochSecond();
            long next = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
            dayStart[i + 1] = next;
            ZoneOffsetTransition transition = rules.nextTransition(Instant.ofEpochSecond(dayStart[i]));
            regular[i] = next - dayStart[i] == DAY && (transition == null || transition.toEpochSecond() >= next);
            closeAt[i] = context.providerClose(day);
            close[i] = closeAt[i].getEpochSecond();
            Optional<OpeningHours> hours = timetable.on(day, calendar);
            Arrays.fill(periods, 4 * i, 4 * i + 4, CLOSED);
            if (hours.isEmpty()) {
                intakeFrom[i] = CLOSED;
                intakeTo[i] = CLOSED;
                continue;
            }
            intakeFromAt[i] = context.at(day, hours.get().intakeHours().from());
            intakeFrom[i] = intakeFromAt[i].getEpochSecond();
            intakeTo[i] = context.at(day, hours.get().intakeHours().to()).getEpochSecond();
            // an opening outside its own day (only where a change of offset could move it) leaves the day to the general policies
            regular[i] &= intakeFrom[i] >= dayStart[i] && intakeFrom[i] < next;
            int p = 4 * i;
            for (TimeRange period : WorkingTimePolicy.workingPeriods(hours.get())) {
                periods[p++] = context.at(day, period.from()).getEpochSecond();
                periods[p++] = context.at(day, period.to()).getEpochSecond();
            }
        }
        days = new long[STRIDE * length];
        for (int i = 0; i < length; i++) {
            int nextOpen = NO_ANSWER;
            for (int candidate = i + 1, last = Math.min(i + AcceptancePolicy.MAX_CLOSED_DAYS, length - 1); candidate <= last; candidate++) {
                if (intakeFrom[candidate] != CLOSED) {
                    // the acceptance day of a request received out of hours is the day its intake opens: so it must lie in that day
                    nextOpen = intakeFrom[candidate] >= dayStart[candidate] && intakeFrom[candidate] < dayStart[candidate + 1]
                            ? candidate : NO_ANSWER;
                    break;
                }
            }
            days[STRIDE * i + START] = dayStart[i];
            days[STRIDE * i + REST] = rest(dayStart[i], intakeFrom[i], intakeTo[i], nextOpen == NO_ANSWER ? 0 : nextOpen - i, regular[i]);
        }
        lastDayEnd = dayStart[length];
    }

    /**
     * A day's {@link #REST}: a day whose intake hours do not lie within {@value #OFFSET_BITS} bits of seconds after its
     * start (only a change of offset could make that so) is marked irregular, so its packed hours are never read.
     */
    private static long rest(long start, long intakeFrom, long intakeTo, int nextOpenIn, boolean regular) {
        long next = (long) nextOpenIn << NEXT_SHIFT;
        if (intakeFrom == CLOSED) {
            return next | SHUT | (regular ? 0 : IRREGULAR);
        }
        long from = intakeFrom - start;
        long to = intakeTo - start;
        boolean packs = from >= 0 && from <= OFFSET_MASK && to >= 0 && to <= OFFSET_MASK;
        return next | (packs ? from | to << INTAKE_TO_SHIFT : 0) | (regular && packs ? 0 : IRREGULAR);
    }

    WorkingCalendar calendar() {
        return calendar;
    }

    /** The index of the calendar day that holds the moment, or {@link #NO_ANSWER} outside the calendar. */
    int dayIndex(long epochSecond) {
        long guess = Math.floorDiv(epochSecond - days[START], DAY);
        if (guess < 0 || epochSecond >= lastDayEnd) {
            return NO_ANSWER;
        }
        int i = (int) Math.min(guess, length - 1);
        // a day starts within hours of its guess: a step or two at a change of offset, none elsewhere
        while (i + 1 < length && start(i + 1) <= epochSecond) {
            i++;
        }
        while (i > 0 && start(i) > epochSecond) {
            i--;
        }
        return start(i) <= epochSecond ? i : NO_ANSWER;
    }

    private long start(int day) {
        return days[STRIDE * day + START];
    }

    /**
     * Whether two timetables' days are the same days (the same calendar in the same zone), so that a day index
     * of one is that of the other.
     */
    boolean sameDaysAs(TimetableDays other) {
        if (other == this) {
            return true;
        }
        if (other.length != length || other.lastDayEnd != lastDayEnd) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (other.start(i) != start(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the UTC offset stays the same all day, so that clock times and instants order alike. */
    boolean regular(int day) {
        return (days[STRIDE * day + REST] & IRREGULAR) == 0;
    }

    /** The close of the office's hours on that day (the end of the day where it keeps no hours then). */
    long close(int day) {
        return close[day];
    }

    /** {@link #close} as an instant. */
    Instant closeAt(int day) {
        return closeAt[day];
    }

    /**
     * Where the moment lies in a {@linkplain #regular regular} day that holds it, found without a branch: 0 before the
     * intake hours, {@value #WITHIN} within them, 2 after them, 3 on a day the office does not open (the parts that
     * accept on the next day intake opens are 2 and 3).
     */
    int partOfDay(int day, long epochSecond) {
        long rest = days[STRIDE * day + REST];
        long into = epochSecond - start(day);
        long from = rest & OFFSET_MASK;
        long to = rest >>> INTAKE_TO_SHIFT & OFFSET_MASK;
        int shut = (int) (rest >>> SHUT_BIT) & 1;
        // (x - into - 1) >>> 63 is 1 where into >= x: the opening and the close passed, 0, 1 or 2 of them
        int passed = (int) ((from - into - 1) >>> 63) + (int) ((to - into - 1) >>> 63);
        return passed | shut * 3;
    }

    /**
     * The day a request received in that {@linkplain #partOfDay part} of the day counts as accepted on: the day itself
     * before or within the intake hours, else the next day intake opens ({@link #NO_ANSWER} if none is near).
     */
    int acceptanceDay(int day, int part) {
        int nextIn = (int) (days[STRIDE * day + REST] >>> NEXT_SHIFT & NEXT_MASK);
        int movesOn = -(part >>> 1);
        return nextIn == 0 && movesOn != 0 ? NO_ANSWER : day + (nextIn & movesOn);
    }

    /** Whether the office opens that day. */
    boolean open(int day) {
        return (days[STRIDE * day + REST] & SHUT) == 0;
    }

    /** When intake opens that day, as an instant; null on a day the office does not open. */
    Instant intakeFromAt(int day) {
        return intakeFromAt[day];
    }

    /** The start of working period {@code period} (0 or 1) of the day, {@link #CLOSED} if there is none. */
    long periodFrom(int day, int period) {
        return periods[4 * day + 2 * period];
    }

    long periodTo(int day, int period) {
        return periods[4 * day + 2 * period + 1];
    }

    int length() {
        return length;
    }

    /**
     * The due instants of a term of {@code workingDays} by acceptance day: the close of the office's hours on
     * the n-th working day after it ({@link DayTermPolicy}); null for a day whose answer lies beyond the
     * calendar. Made once per number of working days and shared (a table is one reference per calendar day;
     * the instants are those of {@link #closeAt}).
     */
    Instant[] dayTerm(int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays: must be at least 1, was " + workingDays);
        }
        return dayTerms.computeIfAbsent(workingDays, n -> {
            Instant[] due = new Instant[length];
            for (int day = 0; day < length; day++) {
                try {
                    due[day] = closeAt[calendar.workingDayIndexAfter(day, n)];
                } catch (OutsideCalendarException beyond) {
                    break;
                }
            }
            return due;
        });
    }
}
