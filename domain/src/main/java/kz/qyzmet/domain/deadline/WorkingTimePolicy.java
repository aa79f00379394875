package kz.qyzmet.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.TimeRange;

/**
 * DESIGN rule 3, minute and hour terms: they run in the working time of the channel (the provider's, for a
 * round-the-clock channel) from the start moment; the lunch break, closing time, weekends and holidays stop
 * the clock.
 */
public final class WorkingTimePolicy {

    /** The longest span of days a minute or hour term may reach across; longer means a wrong timetable. */
    static final int MAX_DAYS = 400;

    public Instant due(Instant start, Duration term, DeadlineContext context, Consumer<Explanation.Line> explain) {
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("term: must be positive, was " + term);
        }
        Timetable timetable = context.hours().intake();
        LocalDate first = context.dayOf(start);
        LocalTime from = start.atZone(context.zone()).toLocalTime();
        long remaining = term.toSeconds();
        explain.accept(new Explanation.RuleApplied(CountingRule.WORKING_TIME_FROM_ACCEPTANCE));
        for (int i = 0; i < MAX_DAYS; i++) {
            LocalDate day = first.plusDays(i);
            Optional<OpeningHours> hours = timetable.on(day, context.calendar());
            if (hours.isEmpty()) {
                continue;
            }
            for (TimeRange period : workingPeriods(hours.get())) {
                LocalTime begin = i == 0 && from.isAfter(period.from()) ? from : period.from();
                if (!begin.isBefore(period.to())) {
                    continue;
                }
                long available = Duration.between(begin, period.to()).toSeconds();
                if (remaining <= available) {
                    context.explainSpan(first, day, explain);
                    return context.at(day, begin.plusSeconds(remaining));
                }
                remaining -= available;
            }
        }
        throw new OutsideCalendarException(first.plusDays(MAX_DAYS), context.calendar().firstYear(), context.calendar().lastYear());
    }

    /**
     * The working time of a timetable between two instants: the part of [start, end) that falls inside the
     * timetable's working periods (opening hours less the lunch break) on the days the working calendar
     * keeps it open — the same periods the clock of {@link #due} runs in. Zero if {@code end} is not after
     * {@code start}.
     */
    public Duration elapsed(Instant start, Instant end, Timetable timetable, DeadlineContext context) {
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        LocalDate first = context.dayOf(start);
        LocalDate last = context.dayOf(end);
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new OutsideCalendarException(first.plusDays(MAX_DAYS), context.calendar().firstYear(), context.calendar().lastYear());
        }
        long seconds = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Optional<OpeningHours> hours = timetable.on(day, context.calendar());
            if (hours.isEmpty()) {
                continue;
            }
            for (TimeRange period : workingPeriods(hours.get())) {
                Instant from = context.at(day, period.from());
                Instant to = context.at(day, period.to());
                Instant overlapFrom = from.isAfter(start) ? from : start;
                Instant overlapTo = to.isBefore(end) ? to : end;
                if (overlapTo.isAfter(overlapFrom)) {
                    seconds += Duration.between(overlapFrom, overlapTo).toSeconds();
                }
            }
        }
        return Duration.ofSeconds(seconds);
    }

    /** The periods of a day in which the clock runs: the open hours less the lunch break. */
    static List<TimeRange> workingPeriods(OpeningHours hours) {
        List<TimeRange> periods = new ArrayList<>(2);
        if (hours.lunchBreak().isEmpty()) {
            periods.add(hours.open());
        } else {
            TimeRange lunch = hours.lunchBreak().get();
            if (hours.open().from().isBefore(lunch.from())) {
                periods.add(new TimeRange(hours.open().from(), lunch.from()));
            }
            if (lunch.to().isBefore(hours.open().to())) {
                periods.add(new TimeRange(lunch.to(), hours.open().to()));
            }
        }
        return periods;
    }
}
