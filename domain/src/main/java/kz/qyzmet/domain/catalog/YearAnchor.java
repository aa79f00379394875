package kz.qyzmet.domain.catalog;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * The year a calendar date of a standard belongs to: the calendar year, or the school year that starts on
 * 1 September ("not later than 1 December of the current school year").
 */
public enum YearAnchor {
    CALENDAR_YEAR,
    SCHOOL_YEAR;

    /** The first month of a school year. */
    public static final Month SCHOOL_YEAR_START = Month.SEPTEMBER;

    /** The date that a day and month denote in the year of this anchor that contains {@code reference}. */
    public LocalDate resolve(MonthDay date, LocalDate reference) {
        int year = reference.getYear();
        if (this == SCHOOL_YEAR) {
            int schoolYear = reference.getMonthValue() >= SCHOOL_YEAR_START.getValue() ? year : year - 1;
            year = date.getMonthValue() >= SCHOOL_YEAR_START.getValue() ? schoolYear : schoolYear + 1;
        }
        if (!date.isValidYear(year)) {
            return LocalDate.of(year, date.getMonth(), date.getMonth().length(false));
        }
        return date.atYear(year);
    }

    /** Whether {@code from} comes no later than {@code to} within one year of this anchor. */
    boolean ordered(MonthDay from, MonthDay to) {
        if (this == CALENDAR_YEAR) {
            return !from.isAfter(to);
        }
        return schoolOrder(from) <= schoolOrder(to);
    }

    private static int schoolOrder(MonthDay date) {
        int month = (date.getMonthValue() - SCHOOL_YEAR_START.getValue() + 12) % 12;
        return month * 100 + date.getDayOfMonth();
    }
}
