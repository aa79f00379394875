package kz.qyzmet.application.deadline;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.Timetable;

/** A deadline policy for the use cases' port tests: Almaty, no holidays, providers open 09:00-18:00 on weekdays. */
public final class NineToSix {

    /** Almaty. */
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private NineToSix() {
    }

    /** The policy over a calendar of these years without holidays or transfers. */
    public static DeadlinePolicy policy(int firstYear, int lastYear) {
        EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        OpeningHours hours = new OpeningHours(weekdays, TimeRange.of("09:00", "18:00"), null, null);
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach(day -> week.put(day, hours));
        return new DeadlinePolicy(WorkingCalendar.of(List.of(), List.of(), firstYear, lastYear), ALMATY,
                new Timetable(week, "nine to six on weekdays"));
    }
}
