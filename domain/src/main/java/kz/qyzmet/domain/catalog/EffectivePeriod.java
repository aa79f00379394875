package kz.qyzmet.domain.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a version of a standard is in force.
 *
 * @param from  the first day, as the source states it or the earliest its text supports
 * @param to    the last day where a source states one, or null (in force until a later version starts)
 * @param basis why {@code from} is that day, in English
 */
public record EffectivePeriod(LocalDate from, LocalDate to, String basis) {
    public EffectivePeriod {
        Objects.requireNonNull(from, "validFrom: required");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("validTo: " + to + " is before validFrom " + from);
        }
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("validFromBasis: say why the version starts on " + from);
        }
    }

    /** Whether the day falls in this period (before any later version is considered). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(to);
    }
}
