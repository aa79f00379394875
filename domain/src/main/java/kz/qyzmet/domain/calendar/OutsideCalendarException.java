package kz.qyzmet.domain.calendar;

import java.time.LocalDate;

/** A day outside the years the working calendar covers: the calendar will not guess about it. */
public final class OutsideCalendarException extends RuntimeException {

    private final LocalDate day;
    private final String years;

    public OutsideCalendarException(LocalDate day, int firstYear, int lastYear) {
        super("year: " + day + " lies outside the working calendar's data (" + firstYear + "–" + lastYear + ")");
        this.day = day;
        this.years = firstYear + "–" + lastYear;
    }

    /** The years the calendar covers, as {@code 2015–2035}. */
    public String years() {
        return years;
    }

    public LocalDate day() {
        return day;
    }
}
