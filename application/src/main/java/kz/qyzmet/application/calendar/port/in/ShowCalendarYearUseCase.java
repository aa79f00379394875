package kz.qyzmet.application.calendar.port.in;

/** Use case: the days off of a year with their reasons, the weekends worked, and whether decree data exists. */
public interface ShowCalendarYearUseCase {

    /**
     * @throws kz.qyzmet.domain.calendar.OutsideCalendarException if the year lies outside the calendar's data
     */
    CalendarYearView showYear(int year);
}
