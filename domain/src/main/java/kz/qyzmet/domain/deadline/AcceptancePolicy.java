package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.TimeRange;

/**
 * DESIGN rule 1, the acceptance moment: a request received inside the channel's intake hours is accepted at
 * that instant; one received before them on an open day, when they begin; one received after hours, on a
 * weekend or a holiday (the portal takes applications round the clock), at the opening of the next day the
 * office is open. Round-the-clock channels follow the provider's hours.
 */
public final class AcceptancePolicy {

    /** The longest run of closed days looked through; longer means the timetable is wrong. */
    static final int MAX_CLOSED_DAYS = 31;

    public Acceptance accept(Instant receivedAt, DeadlineContext context) {
        Objects.requireNonNull(receivedAt, "receivedAt: required");
        Timetable intake = context.hours().intake();
        ZonedDateTime local = receivedAt.atZone(context.zone());
        LocalDate day = local.toLocalDate();
        Optional<OpeningHours> today = intake.on(day, context.calendar());
        if (today.isPresent()) {
            TimeRange hours = today.get().intakeHours();
            LocalTime time = local.toLocalTime();
            if (hours.contains(time)) {
                return new Acceptance(receivedAt, receivedAt, AcceptanceReason.WITHIN_INTAKE_HOURS);
            }
            if (time.isBefore(hours.from())) {
                return new Acceptance(receivedAt, context.at(day, hours.from()), AcceptanceReason.BEFORE_INTAKE_HOURS);
            }
        }
        AcceptanceReason reason = today.isPresent() ? AcceptanceReason.AFTER_INTAKE_HOURS : AcceptanceReason.DAY_OFF;
        for (int i = 1; i <= MAX_CLOSED_DAYS; i++) {
            LocalDate next = day.plusDays(i);
            Optional<OpeningHours> open = intake.on(next, context.calendar());
            if (open.isPresent()) {
                return new Acceptance(receivedAt, context.at(next, open.get().intakeHours().from()), reason);
            }
        }
        throw new OutsideCalendarException(day.plusDays(MAX_CLOSED_DAYS), context.calendar().firstYear(), context.calendar().lastYear());
    }
}
