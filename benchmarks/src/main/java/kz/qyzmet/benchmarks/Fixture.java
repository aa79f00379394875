package kz.qyzmet.benchmarks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.SplittableRandom;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.deadline.DeadlineContext;
import kz.qyzmet.domain.deadline.ServiceHours;
import kz.qyzmet.domain.deadline.Timetable;

/**
 * What every implementation is measured on: Qyzmet's built-in calendar, a Monday–Friday 09:00–18:00 office
 * with lunch 13:00–14:00 in Asia/Almaty, the holiday set flattened from the calendar, and a pool of random
 * requests (an acceptance moment in 2016–2029 and a term of 1 to 30 working days), each in the form every
 * implementation takes: epoch seconds, {@link Instant}, the local acceptance day.
 */
public final class Fixture {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    /** The seed of the benchmark's inputs: the same requests on every run. */
    public static final long SEED = 20261123L;
    public static final int MAX_TERM = 30;

    public final WorkingCalendar calendar;
    public final Timetable timetable;
    public final DeadlineContext context;
    public final HolidaySet holidays;

    public final long[] acceptedEpochSeconds;
    public final Instant[] acceptedAt;
    public final LocalDate[] acceptanceDays;
    public final int[] terms;
    public final ProcessingTerm.WorkingDays[] workingDayTerms;

    private Fixture(WorkingCalendar calendar, int size, long seed) {
        this.calendar = calendar;
        this.timetable = officeHours();
        this.context = new DeadlineContext(calendar, ZONE, new ServiceHours(timetable, timetable, false));
        this.holidays = HolidaySet.of(calendar);
        long from = LocalDate.of(2016, 1, 1).atStartOfDay(ZONE).toEpochSecond();
        long to = LocalDate.of(2030, 1, 1).atStartOfDay(ZONE).toEpochSecond();
        SplittableRandom random = new SplittableRandom(seed);
        acceptedEpochSeconds = new long[size];
        acceptedAt = new Instant[size];
        acceptanceDays = new LocalDate[size];
        terms = new int[size];
        workingDayTerms = new ProcessingTerm.WorkingDays[size];
        for (int i = 0; i < size; i++) {
            long second = random.nextLong(from, to);
            int n = random.nextInt(1, MAX_TERM + 1);
            acceptedEpochSeconds[i] = second;
            acceptedAt[i] = Instant.ofEpochSecond(second);
            acceptanceDays[i] = acceptedAt[i].atZone(ZONE).toLocalDate();
            terms[i] = n;
            workingDayTerms[i] = new ProcessingTerm.WorkingDays(n, true);
        }
    }

    /** {@code size} random requests drawn with {@code seed}, on the built-in calendar (2015–2030). */
    public static Fixture create(int size, long seed) {
        return new Fixture(JsonCalendarSource.builtIn().calendar(), size, seed);
    }

    /** Monday to Friday 09:00–18:00, lunch 13:00–14:00. */
    public static Timetable officeHours() {
        OpeningHours weekdays = new OpeningHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                TimeRange.of("09:00", "18:00"), TimeRange.of("13:00", "14:00"), null);
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        weekdays.days().forEach(day -> week.put(day, weekdays));
        return new Timetable(week, "benchmark office: Mon–Fri 09:00–18:00, lunch 13:00–14:00");
    }

    public int size() {
        return terms.length;
    }

    /** The reference answer: the calendar's n-th working day after the acceptance day of request i. */
    public LocalDate expectedDueDate(int i) {
        return calendar.workingDayAfter(acceptanceDays[i], terms[i]);
    }

    /** The local date of an instant given in epoch seconds. */
    public static LocalDate localDate(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(ZONE).toLocalDate();
    }
}
