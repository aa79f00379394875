package kz.qyzmet.domain.catalog;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hours on some days of the week (field 7 of a standard): opening and closing, the lunch break,
 * and the hours in which applications are taken and results issued.
 *
 * @param days   the days of the week, at least one
 * @param open   opening to closing time
 * @param lunch  the lunch break inside the open hours, or null where the source gives none
 * @param intake the intake and issuance hours inside the open hours, or null where the source gives none
 */
public record OpeningHours(Set<DayOfWeek> days, TimeRange open, TimeRange lunch, TimeRange intake) {

    public OpeningHours {
        Objects.requireNonNull(days, "days: required");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("days: at least one day of the week is required");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        Objects.requireNonNull(open, "opens/closes: required");
        if (lunch != null && !lunch.within(open)) {
            throw new IllegalArgumentException("lunch: " + lunch + " must lie within the open hours " + open);
        }
        if (intake != null && !intake.within(open)) {
            throw new IllegalArgumentException("intake: " + intake + " must lie within the open hours " + open);
        }
    }

    /** The lunch break, if the source gives one. */
    public Optional<TimeRange> lunchBreak() {
        return Optional.ofNullable(lunch);
    }

    /** The intake hours: as the source states them, or the open hours where it states none. */
    public TimeRange intakeHours() {
        return intake != null ? intake : open;
    }
}
