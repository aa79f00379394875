package kz.qyzmet.application.calendar.port.out;

import kz.qyzmet.domain.calendar.WorkingCalendar;

/**
 * Port out: where the application gets the working calendar (holidays, transfers) from. The built-in
 * adapter reads validated JSON data; a deployment may add or override years.
 */
public interface CalendarSource {

    /** The calendar, already validated. */
    WorkingCalendar calendar();
}
