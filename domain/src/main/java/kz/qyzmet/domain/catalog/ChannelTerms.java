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
 */
public record ChannelTerms(Fact<ProcessingTerm> processing, Fact<Duration> maxWaiting, Fact<Duration> maxService) {

    public ChannelTerms {
        Objects.requireNonNull(processing, "processing: required (a fact or an unknown)");
        Objects.requireNonNull(maxWaiting, "maxWaiting: required (a fact or an unknown)");
        Objects.requireNonNull(maxService, "maxService: required (a fact or an unknown)");
        positive("maxWaiting", maxWaiting);
        positive("maxService", maxService);
    }

    private static void positive(String field, Fact<Duration> limit) {
        limit.value().ifPresent(duration -> {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(field + ": must be positive, was " + duration);
            }
        });
    }
}
