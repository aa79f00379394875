package kz.qyzmet.benchmarks;

import java.time.LocalDate;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;

/**
 * "The n-th working day after d" with ObjectLab Kit's date calculator: a Monday–Friday week, the weekday
 * holidays of the set as its holiday calendar, the forward holiday handler.
 *
 * <p>ObjectLab has no way to make a Saturday or Sunday a working day (its working week is per day of the
 * week, its holiday calendar only takes days away), so the worked weekends of the set are not known to it:
 * its answer is a day later than the calendar's wherever a worked weekend lies in {@code [d, due]}.
 *
 * <p>One calculator is kept and reused: it holds the current date, so an instance serves one thread.
 */
public final class ObjectLabDeadlines {

    private static final String CALENDAR = "KZ-QYZMET";

    private final LocalDateCalculator calculator;

    public ObjectLabDeadlines(HolidaySet set) {
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays(CALENDAR, new DefaultHolidayCalendar<>(set.weekdayHolidays(), set.first(), set.last()));
        this.calculator = factory.getDateCalculator(CALENDAR, HolidayHandlerType.FORWARD);
    }

    /**
     * The n-th working day after {@code day}, the day itself not counted. ObjectLab's forward handler moves
     * a start that is a day off to the next working day, which is then the first of the n; from a working
     * day all n are business-day moves.
     */
    public LocalDate workingDayAfter(LocalDate day, int n) {
        calculator.setStartDate(day);
        int moves = calculator.isNonWorkingDay(day) ? n - 1 : n;
        return calculator.moveByBusinessDays(moves).getCurrentBusinessDate();
    }
}
