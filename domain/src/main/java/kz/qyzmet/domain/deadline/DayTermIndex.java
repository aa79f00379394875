package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.calendar.WorkingCalendar;

/**
 * Day terms at the speed of an array look-up, for recomputing every deadline of a city on each request:
 * the same answer as {@link DayTermPolicy} (checked by tests), with the start of every local day and the
 * provider's closing instant of every day computed once, so that a deadline is two look-ups and no
 * time-zone arithmetic. One index serves one (calendar, provider timetable, zone).
 */
public final class DayTermIndex {

    private static final long DAY = 86_400;

    private final WorkingCalendar calendar;
    private final long[] dayStart;
    private final long[] close;

    public DayTermIndex(WorkingCalendar calendar, Timetable provider, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar: required");
        Objects.requireNonNull(provider, "provider: required");
        Objects.requireNonNull(zone, "zone: required");
        DeadlineContext context = new DeadlineContext(calendar, zone, new ServiceHours(provider, provider, false));
        int length = calendar.length();
        this.dayStart = new long[length];
        this.close = new long[length];
        LocalDate day = calendar.firstDay();
        for (int i = 0; i < length; i++, day = day.plusDays(1)) {
            dayStart[i] = day.atStartOfDay(zone).toEpochSecond();
            close[i] = context.providerClose(day).getEpochSecond();
        }
    }

    /**
     * The due instant, in epoch seconds, of a term of {@code workingDays} for a request accepted at
     * {@code acceptedEpochSecond}: the close of the provider's hours on the n-th working day after the
     * acceptance day.
     *
     * @throws IllegalArgumentException  if workingDays is below 1
     * @throws OutsideCalendarException  if a day lies outside the calendar's range
     */
    public long dueEpochSecond(long acceptedEpochSecond, int workingDays) {
        return close[calendar.workingDayIndexAfter(dayIndex(acceptedEpochSecond), workingDays)];
    }

    /** {@link #dueEpochSecond} with instants. */
    public Instant due(Instant acceptedAt, int workingDays) {
        return Instant.ofEpochSecond(dueEpochSecond(acceptedAt.getEpochSecond(), workingDays));
    }

    private int dayIndex(long epochSecond) {
        long guess = Math.floorDiv(epochSecond - dayStart[0], DAY);
        if (guess < 0 || guess >= dayStart.length + 1L) {
            throw new OutsideCalendarException(LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY)), calendar.firstYear(), calendar.lastYear());
        }
        int i = (int) Math.min(guess, dayStart.length - 1);
        while (i + 1 < dayStart.length && dayStart[i + 1] <= epochSecond) {
            i++;
        }
        while (i > 0 && dayStart[i] > epochSecond) {
            i--;
        }
        if (epochSecond >= dayStart[dayStart.length - 1] + DAY + 3600) {
            throw new OutsideCalendarException(LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY)), calendar.firstYear(), calendar.lastYear());
        }
        return i;
    }
}
