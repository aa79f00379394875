package kz.qyzmet.application.calendar.port.in;

import java.util.List;
import kz.qyzmet.domain.calendar.DayStatus;

/**
 * One year of the working calendar.
 *
 * @param year          the year
 * @param decreeData    whether the year's transfers are known from a decree or order
 * @param daysOff       every day that is not a working day, weekends included, with its reason
 * @param weekendsWorked Saturdays and Sundays made working days by a transfer
 * @param workingDays   how many working days the year has
 */
public record CalendarYearView(int year, boolean decreeData, List<DayStatus> daysOff, List<DayStatus.WorkedWeekend> weekendsWorked,
                               int workingDays) {
}
