package kz.qyzmet.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The working calendar of the Republic of Kazakhstan over a range of years: a five-day week, the public
 * holidays of the Law "On holidays" as in force on each day, the moving of a holiday's day off from a
 * Saturday or Sunday to the next working day ({@link HolidayMoves}: art. 5; religious holidays excepted), religious days off
 * dated per year, and the transfers of days off made for each year (a transfer may also take the day off that
 * a holiday moved onto a weekday, as Decree No. 820 of 2019 did with Monday 11 May 2020).
 *
 * <p>Every day of the range is classified once, when the calendar is built, together with a running
 * count of working days, so that "the n-th working day after d" and "working days between" are answered
 * in constant time without walking the days.
 */
public final class WorkingCalendar {

    private final int firstYear;
    private final int lastYear;
    private final long firstEpochDay;
    private final DayStatus[] statuses;
    /** Working days in [first day, day i], inclusive. */
    private final int[] workingUpTo;
    /** The day index of the k-th working day of the range (k from 0). */
    private final int[] workingDays;
    private final Map<Integer, CalendarYear> years;

    private WorkingCalendar(int firstYear, int lastYear, DayStatus[] statuses, Map<Integer, CalendarYear> years) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.firstEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.statuses = statuses;
        this.years = Map.copyOf(years);
        this.workingUpTo = new int[statuses.length];
        int count = 0;
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i].working()) {
                count++;
            }
            workingUpTo[i] = count;
        }
        this.workingDays = new int[count];
        int k = 0;
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i].working()) {
                workingDays[k++] = i;
            }
        }
    }

    /**
     * Builds the calendar for the years {@code firstYear} to {@code lastYear}.
     *
     * @param rules     the statutory holidays with their periods
     * @param yearData  what each year adds (religious days off, transfers); a year without data is computed
     *                  from the statutory rules only
     * @throws IllegalArgumentException naming the rule broken: a year's data outside the range, a transfer
     *                                  onto a holiday, two rules of one code claiming the same days
     */
    public static WorkingCalendar of(List<HolidayRule> rules, List<CalendarYear> yearData, int firstYear, int lastYear) {
        Objects.requireNonNull(rules, "holidays: required");
        Objects.requireNonNull(yearData, "years: required");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("covers: first year " + firstYear + " is after last year " + lastYear);
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                HolidayRule a = rules.get(i);
                HolidayRule b = rules.get(j);
                if (a.code().equals(b.code()) && a.overlaps(b)) {
                    throw new IllegalArgumentException("holidays: two rules for '" + a.code() + "' overlap (" + a.from() + " and " + b.from() + ")");
                }
            }
        }
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (CalendarYear year : yearData) {
            if (year.year() < firstYear || year.year() > lastYear) {
                throw new IllegalArgumentException("years: " + year.year() + " lies outside the calendar's range " + firstYear + "–" + lastYear);
            }
            if (years.put(year.year(), year) != null) {
                throw new IllegalArgumentException("years: " + year.year() + " is given twice");
            }
        }
        Map<LocalDate, Transfer> dayOffs = new HashMap<>();
        Map<LocalDate, Transfer> workedWeekends = new HashMap<>();
        Map<LocalDate, DatedDayOff> religious = new HashMap<>();
        for (CalendarYear year : years.values()) {
            for (Transfer transfer : year.transfers()) {
                requireNoHoliday(rules, transfer.dayOff(), "transfers.dayOff");
                requireNoHoliday(rules, transfer.workingDay(), "transfers.workingDay");
                dayOffs.put(transfer.dayOff(), transfer);
                workedWeekends.put(transfer.workingDay(), transfer);
            }
            year.religiousDaysOff().forEach(day -> religious.put(day.date(), day));
        }
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        int length = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay() + 1);
        DayStatus[] statuses = new DayStatus[length];
        HolidayMoves moves = new HolidayMoves();
        for (int i = 0; i < length; i++) {
            LocalDate day = first.plusDays(i);
            Optional<HolidayRule> holiday = holidayOn(rules, day);
            boolean weekend = Transfer.isWeekend(day);
            DayStatus status;
            if (holiday.isPresent()) {
                DayStatus.Holiday onHoliday = new DayStatus.Holiday(day, holiday.get());
                moves.holidayOn(onHoliday, weekend);
                status = onHoliday;
            } else if (religious.containsKey(day)) {
                status = new DayStatus.ReligiousDayOff(day, religious.get(day));
            } else if (dayOffs.containsKey(day)) {
                status = new DayStatus.TransferredDayOff(day, dayOffs.get(day));
            } else if (workedWeekends.containsKey(day)) {
                if (!weekend && !moves.takenByTransfer()) {
                    throw new IllegalArgumentException("transfers.workingDay: " + day + " is a " + day.getDayOfWeek()
                            + " and a working day already; a transfer makes a Saturday, a Sunday or a weekday to which"
                            + " a holiday's day off moved a working day");
                }
                status = new DayStatus.WorkedWeekend(day, workedWeekends.get(day));
            } else if (weekend) {
                status = new DayStatus.Weekend(day);
            } else if (moves.waiting()) {
                status = moves.placeOn(day);
            } else {
                status = new DayStatus.Workday(day);
            }
            statuses[i] = status;
        }
        return new WorkingCalendar(firstYear, lastYear, statuses, years);
    }

    private static Optional<HolidayRule> holidayOn(List<HolidayRule> rules, LocalDate day) {
        for (HolidayRule rule : rules) {
            if (rule.fallsOn(day)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static void requireNoHoliday(List<HolidayRule> rules, LocalDate day, String field) {
        holidayOn(rules, day).ifPresent(rule -> {
            throw new IllegalArgumentException(field + ": " + day + " is a holiday (" + rule.code() + "); a transfer cannot touch it");
        });
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** Whether the calendar covers the day. */
    public boolean covers(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }

    /** The day's status, with the reason it is a working day or not. */
    public DayStatus status(LocalDate day) {
        return statuses[index(day)];
    }

    public boolean isWorkingDay(LocalDate day) {
        return statuses[index(day)].working();
    }

    /**
     * The n-th working day after a day, the day itself not counted.
     *
     * @throws IllegalArgumentException if n is below 1
     * @throws OutsideCalendarException if the answer lies beyond the calendar's range
     */
    public LocalDate workingDayAfter(LocalDate day, int n) {
        return day(workingDayIndexAfter(index(day), n, day));
    }

    /** The first day of the range: index 0 of {@link #workingDayIndexAfter}. */
    public LocalDate firstDay() {
        return day(0);
    }

    /** How many days the range holds. */
    public int length() {
        return statuses.length;
    }

    /**
     * The index (days since {@link #firstDay()}) of the n-th working day after the day at {@code index}: the
     * array look-up behind {@link #workingDayAfter}, for callers that keep their own per-day tables.
     *
     * @throws OutsideCalendarException if the answer lies beyond the calendar's range
     */
    public int workingDayIndexAfter(int index, int n) {
        return workingDayIndexAfter(index, n, null);
    }

    /** {@code day} is the day at {@code index} if the caller has it, or null: it is only needed for the error. */
    private int workingDayIndexAfter(int index, int n, LocalDate day) {
        if (n < 1) {
            throw new IllegalArgumentException("workingDays: must be at least 1, was " + n);
        }
        int k = workingUpTo[index] + n - 1;
        if (k >= workingDays.length) {
            LocalDate from = day != null ? day : day(index);
            throw new OutsideCalendarException(from.plusDays((long) n * 7 / 5 + 1), firstYear, lastYear);
        }
        return workingDays[k];
    }

    /** The first working day on or after the day. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        int i = index(day);
        if (statuses[i].working()) {
            return day;
        }
        int k = workingUpTo[i];
        if (k >= workingDays.length) {
            throw new OutsideCalendarException(day.plusDays(1), firstYear, lastYear);
        }
        return day(workingDays[k]);
    }

    /** How many working days lie after {@code from} and up to {@code to}, inclusive. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int a = index(from);
        int b = index(to);
        if (b < a) {
            throw new IllegalArgumentException("to: " + to + " is before from " + from);
        }
        return workingUpTo[b] - workingUpTo[a];
    }

    /** The days that are not working days from {@code from} to {@code to}, both included, with their reasons. */
    public List<DayStatus> daysOff(LocalDate from, LocalDate to) {
        int a = index(from);
        int b = index(to);
        List<DayStatus> off = new ArrayList<>();
        for (int i = a; i <= b; i++) {
            if (!statuses[i].working()) {
                off.add(statuses[i]);
            }
        }
        return off;
    }

    /** The year's own data (transfers, dated religious days off), if any was given. */
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Whether the year's transfers are known from a decree or order; otherwise only the statutory rules apply. */
    public boolean hasDecreeData(int year) {
        CalendarYear data = years.get(year);
        return data != null && data.decreeData();
    }

    /** Every working day from {@code from} to {@code to}, both included. */
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = index(from); i <= index(to); i++) {
            if (statuses[i].working()) {
                days.add(day(i));
            }
        }
        return days;
    }

    int index(LocalDate day) {
        Objects.requireNonNull(day, "day: required");
        if (!covers(day)) {
            throw new OutsideCalendarException(day, firstYear, lastYear);
        }
        return (int) (day.toEpochDay() - firstEpochDay);
    }

    LocalDate day(int index) {
        return LocalDate.ofEpochDay(firstEpochDay + index);
    }
}
