package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.calendar.WorkingCalendar;

/**
 * What every term policy counts against: the working calendar, the provider's time zone (offsets from
 * tzdata, never hard-coded) and the hours of the channel and the provider.
 *
 * @param calendar the working calendar
 * @param zone     the provider's zone, such as Asia/Almaty
 * @param hours    the channel's and the provider's hours
 */
public record DeadlineContext(WorkingCalendar calendar, ZoneId zone, ServiceHours hours) {

    public DeadlineContext {
        Objects.requireNonNull(calendar, "calendar: required");
        Objects.requireNonNull(zone, "zone: required");
        Objects.requireNonNull(hours, "hours: required");
    }

    /** The same, with working time in the provider's own hours: for the steps its staff perform. */
    DeadlineContext atProvider() {
        return new DeadlineContext(calendar, zone, new ServiceHours(hours.provider(), hours.provider(), hours.providerHoursAssumed()));
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** The moment the provider closes on a working day (the end of the day where it keeps no hours then). */
    Instant providerClose(LocalDate day) {
        return hours.provider().on(day, calendar)
                .map(open -> at(day, open.open().to()))
                .orElseGet(() -> day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Explains the days after {@code from} up to {@code to}: each day off skipped, each weekend worked, each year without decree data. */
    void explainSpan(LocalDate from, LocalDate to, Consumer<Explanation.Line> explain) {
        for (DayStatus day : calendar.daysOff(from.plusDays(1), to)) {
            explain.accept(new Explanation.DaySkipped(day));
        }
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            calendar.status(day).workedByTransfer().ifPresent(worked -> explain.accept(new Explanation.WeekendWorked(worked)));
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!calendar.hasDecreeData(year)) {
                explain.accept(new Explanation.StatutoryRulesOnly(year));
            }
        }
    }
}
