package kz.qyzmet.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.WorkSchedule;

/**
 * The weekly hours of an office (a provider's, or a State Corporation centre's) laid over the working
 * calendar: an office is open on a day its schedule lists, unless the calendar makes that day a holiday,
 * a moved or transferred day off; a Saturday or Sunday worked by a transfer has the hours of the weekday
 * whose day off it took.
 *
 * @param week  the hours per day of the week
 * @param basis where the hours come from, in English ("provider's schedule, source 002, field 7")
 */
public record Timetable(Map<DayOfWeek, OpeningHours> week, String basis) {

    public Timetable {
        Objects.requireNonNull(week, "week: required");
        if (week.isEmpty()) {
            throw new IllegalArgumentException("week: an office timetable needs at least one day");
        }
        week = Map.copyOf(new EnumMap<>(week));
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("basis: say where the hours come from");
        }
    }

    /** The timetable of an office schedule of the catalog. */
    public static Timetable of(WorkSchedule schedule, String basis) {
        if (schedule.roundTheClock()) {
            throw new IllegalArgumentException("schedule: a round-the-clock schedule has no office hours");
        }
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        schedule.hours().forEach(hours -> hours.days().forEach(day -> week.put(day, hours)));
        return new Timetable(week, basis);
    }

    /** The office's hours on that day, if it opens. */
    public Optional<OpeningHours> on(LocalDate day, WorkingCalendar calendar) {
        return calendar.status(day).officeHoursOf().map(week::get);
    }
}
