package kz.qyzmet.domain.request;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The State Corporation's keeping of a ready result: it keeps the documents for one month, then hands them to
 * the provider for further keeping ("Государственная корпорация обеспечивает хранение документов, в течение
 * 1 (одного) месяца, после чего передает их услугодателю" — seed 002, field 5; the same in regulation 3 of
 * seed 003). The month is a calendar month in the service's zone, counted from the hand-over.
 *
 * @param until the moment the month of keeping ends
 */
public record StateCorporationStorage(Instant until) {

    public StateCorporationStorage {
        Objects.requireNonNull(until, "keptUntil: required");
    }

    /** The keeping of a result handed over to the State Corporation at {@code handedOver}. */
    public static StateCorporationStorage from(Instant handedOver, ZoneId zone) {
        Objects.requireNonNull(handedOver, "handedOver: required");
        Objects.requireNonNull(zone, "zone: required");
        return new StateCorporationStorage(handedOver.atZone(zone).plusMonths(1).toInstant());
    }

    /** Whether the month is over at {@code now}, so that the result goes back to the provider. */
    public boolean isOver(Instant now) {
        return !now.isBefore(until);
    }
}
