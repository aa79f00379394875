package kz.qyzmet.domain.catalog;

import java.time.Duration;
import java.util.Objects;

/**
 * The terms of field 3 of a standard for one channel: the processing term, the longest permitted wait
 * in the queue, and the longest permitted service time at the desk.
 *
 * @param processing the processing term
 * @param maxWaiting the longest wait before service
 * @param maxService the longest service time at the desk
 * @param processingAwayFromProvider the processing term of a request handed in at an office away from the
 *                   provider's location, or null where the standard draws no such distinction
 */
public record ChannelTerms(Fact<ProcessingTerm> processing, Fact<Duration> maxWaiting, Fact<Duration> maxService,
                           Fact<ProcessingTerm> processingAwayFromProvider) {

    public ChannelTerms(Fact<ProcessingTerm> processing, Fact<Duration> maxWaiting, Fact<Duration> maxService) {
        this(processing, maxWaiting, maxService, null);
    }

    public ChannelTerms {
        Objects.requireNonNull(processing, "processing: required (a fact or an unknown)");
        Objects.requireNonNull(maxWaiting, "maxWaiting: required (a fact or an unknown)");
        Objects.requireNonNull(maxService, "maxService: required (a fact or an unknown)");
        positive("maxWaiting", maxWaiting);
        positive("maxService", maxService);
    }

    /**
     * The processing term of a request handed in at an office in that location; an unstated location counts as
     * the provider's own.
     */
    public Fact<ProcessingTerm> processing(OfficeLocation filedAt) {
        return filedAt == OfficeLocation.AWAY_FROM_PROVIDER && processingAwayFromProvider != null
                ? processingAwayFromProvider : processing;
    }

    private static void positive(String field, Fact<Duration> limit) {
        limit.value().ifPresent(duration -> {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(field + ": must be positive, was " + duration);
            }
        });
    }
}
