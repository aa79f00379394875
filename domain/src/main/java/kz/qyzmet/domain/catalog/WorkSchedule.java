package kz.qyzmet.domain.catalog;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A channel's work schedule (field 7 of a standard). Either office hours on certain days, or round the
 * clock (the portal: "after hours, on days off and holidays, applications are accepted the next working
 * day"). Weekends and holidays are the working calendar's business, not the schedule's.
 *
 * @param label         which offices it applies to where a channel has several schedules (State
 *                      Corporation duty centres), or null
 * @param roundTheClock whether the channel is open 24/7
 * @param hours         the hours per group of days; empty for round the clock, otherwise at least one,
 *                      with no day in two groups
 */
public record WorkSchedule(LocalizedText label, boolean roundTheClock, List<OpeningHours> hours) {

    public WorkSchedule {
        Objects.requireNonNull(hours, "hours: required");
        hours = List.copyOf(hours);
        if (roundTheClock && !hours.isEmpty()) {
            throw new IllegalArgumentException("hours: a round-the-clock schedule has no hours");
        }
        if (!roundTheClock && hours.isEmpty()) {
            throw new IllegalArgumentException("hours: at least one group of days is required unless roundTheClock");
        }
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        for (OpeningHours group : hours) {
            for (DayOfWeek day : group.days()) {
                if (!seen.add(day)) {
                    throw new IllegalArgumentException("hours: " + day + " appears in two groups of days");
                }
            }
        }
    }

    /** A 24/7 schedule. */
    public static WorkSchedule allDay() {
        return new WorkSchedule(null, true, List.of());
    }

    /** The hours on that day of the week, if the channel opens that day; empty for round the clock. */
    public Optional<OpeningHours> on(DayOfWeek day) {
        return hours.stream().filter(group -> group.days().contains(day)).findFirst();
    }

    /** The days of the week on which the office opens (all seven for round the clock). */
    public Set<DayOfWeek> openDays() {
        if (roundTheClock) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        hours.forEach(group -> days.addAll(group.days()));
        return days;
    }

    /** The label, if the channel has several schedules. */
    public Optional<LocalizedText> optionalLabel() {
        return Optional.ofNullable(label);
    }
}
