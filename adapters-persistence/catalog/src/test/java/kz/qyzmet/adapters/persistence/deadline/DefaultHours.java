package kz.qyzmet.adapters.persistence.deadline;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.deadline.Timetable;

/** The deployment's default provider hours of these tests: Monday to Friday, 09:00–18:00, lunch 13:00–14:00. */
final class DefaultHours {

    private DefaultHours() {
    }

    static Timetable weekdays() {
        Set<DayOfWeek> weekdays = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        OpeningHours hours = new OpeningHours(weekdays, TimeRange.of("09:00", "18:00"), TimeRange.of("13:00", "14:00"), null);
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach(day -> week.put(day, hours));
        return new Timetable(week, "test default Mon–Fri 09:00–18:00");
    }
}
