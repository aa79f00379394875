package kz.qyzmet.domain.deadline;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.TimeRange;

/** Office timetables of the sources, for tests. */
final class Hours {

    static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private Hours() {
    }

    /** A school: Mon–Fri 9:00–18:30, lunch 13:00–14:30, intake 9:00–17:30 (seed 000 annex 1). */
    static Timetable school() {
        return weekdays(new OpeningHours(WEEKDAYS, TimeRange.of("09:00", "18:30"), TimeRange.of("13:00", "14:30"),
                TimeRange.of("09:00", "17:30")));
    }

    /** A provider: Mon–Fri 9:00–18:00, lunch 13:00–14:00 (seed 002 kk). */
    static Timetable provider() {
        return weekdays(new OpeningHours(WEEKDAYS, TimeRange.of("09:00", "18:00"), TimeRange.of("13:00", "14:00"), null));
    }

    /** The State Corporation: Mon–Sat 9:00–20:00 without lunch (seeds 001, 002, 003). */
    static Timetable stateCorporation() {
        Set<DayOfWeek> days = new java.util.HashSet<>(WEEKDAYS);
        days.add(DayOfWeek.SATURDAY);
        return weekdays(new OpeningHours(days, TimeRange.of("09:00", "20:00"), null, null));
    }

    private static Timetable weekdays(OpeningHours hours) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        hours.days().forEach(day -> week.put(day, hours));
        return new Timetable(week, "test timetable");
    }
}
