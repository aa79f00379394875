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
 * @param dutyOffices   whether this is the schedule of the State Corporation's duty departments (000 annex 5
 *                      field 7 item 2), which a request taken at a duty department follows
 */
public record WorkSchedule(LocalizedText label, boolean roundTheClock, List<OpeningHours> hours, boolean dutyOffices) {

    /** A schedule of ordinary offices. */
    public WorkSchedule(LocalizedText label, boolean roundTheClock, List<OpeningHours> hours) {
        this(label, roundTheClock, hours, false);
    }

    public WorkSchedule {
        Objects.requireNonNull(hours, "hours: required");
        hours = List.copyOf(hours);
        if (roundTheClock && !hours.isEmpty()) {
            throw new IllegalArgumentException("hours: a round-the-clock schedule has no hours");
        }
        if (!roundTheClock && hours.isEmpty()) {
            throw new IllegalArgumentException("hours: at least one group of days is required unless roundTheClock");
        }
        if (dutyOffices && label == null) {
            throw new IllegalArgumentException("label: the duty departments' schedule must say which offices it is for");
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

    /**
     * The schedule a request taken at that kind of office follows, from a channel's schedules: at a duty department
     * the one marked as the duty departments', where the standard gives one (where it gives a single schedule for
     * every office, that one); otherwise the first schedule that is not the duty departments'.
     */
    public static Optional<WorkSchedule> forOffice(List<WorkSchedule> schedules, OfficeKind kind) {
        if (kind == OfficeKind.DUTY) {
            Optional<WorkSchedule> duty = schedules.stream().filter(WorkSchedule::dutyOffices).findFirst();
            if (duty.isPresent()) {
                return duty;
            }
        }
        return schedules.stream().filter(schedule -> !schedule.dutyOffices()).findFirst().or(() -> schedules.stream().findFirst());
    }

    /** The label, if the channel has several schedules. */
    public Optional<LocalizedText> optionalLabel() {
        return Optional.ofNullable(label);
    }
}
