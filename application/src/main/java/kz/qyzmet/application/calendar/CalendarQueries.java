package kz.qyzmet.application.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.application.calendar.port.in.CalendarYearView;
import kz.qyzmet.application.calendar.port.in.ShowCalendarYearUseCase;
import kz.qyzmet.application.calendar.port.out.CalendarSource;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.calendar.WorkingCalendar;

/** The calendar queries. */
public final class CalendarQueries implements ShowCalendarYearUseCase {

    private final CalendarSource calendar;

    public CalendarQueries(CalendarSource calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar: required");
    }

    @Override
    public CalendarYearView showYear(int year) {
        WorkingCalendar working = calendar.calendar();
        LocalDate first = LocalDate.of(year, 1, 1);
        if (!working.covers(first)) {
            throw new OutsideCalendarException(first, working.firstYear(), working.lastYear());
        }
        LocalDate last = LocalDate.of(year, 12, 31);
        List<DayStatus.WorkedWeekend> worked = first.datesUntil(last.plusDays(1))
                .map(working::status)
                .filter(DayStatus.WorkedWeekend.class::isInstance)
                .map(DayStatus.WorkedWeekend.class::cast)
                .toList();
        return new CalendarYearView(year, working.hasDecreeData(year), working.daysOff(first, last), worked,
                working.workingDays(first, last).size());
    }
}
