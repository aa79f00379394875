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
 * time-zone arithmetic. One index serves one (calendar, provider timetable, zone). {@link DeadlinePolicy}
 * counts the terms of accepted requests on the same tables.
 */
public final class DayTermIndex {

    private final WorkingCalendar calendar;
    private final ChannelClock clock;

    public DayTermIndex(WorkingCalendar calendar, Timetable provider, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar: required");
        TimetableDays days = new TimetableDays(calendar, provider, zone);
        this.clock = new ChannelClock(days, days);
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
        long due = clock.dueEpochSecond(acceptedEpochSecond, workingDays);
        if (due == ChannelClock.OUTSIDE) {
            throw new OutsideCalendarException(LocalDate.ofEpochDay(Math.floorDiv(acceptedEpochSecond, 86_400)),
                    calendar.firstYear(), calendar.lastYear());
        }
        return due;
    }

    /** {@link #dueEpochSecond} with instants. */
    public Instant due(Instant acceptedAt, int workingDays) {
        return Instant.ofEpochSecond(dueEpochSecond(acceptedAt.getEpochSecond(), workingDays));
    }
}
