package kz.qyzmet.application.request.port.out;

import java.time.Instant;
import java.util.Objects;
import kz.qyzmet.domain.request.ProviderId;

/**
 * Which requests a monthly report reads: the provider's requests received before {@code to} that were not
 * yet closed at {@code from} — that is, still open now (in a non-terminal state), or with an event at or
 * after {@code from}. A request closed before the period began cannot change any count of it.
 *
 * @param provider the provider
 * @param from     the period's first instant
 * @param to       the instant after the period
 */
public record ReportCriteria(ProviderId provider, Instant from, Instant to) {
    public ReportCriteria {
        Objects.requireNonNull(provider, "provider: required");
        Objects.requireNonNull(from, "from: required");
        Objects.requireNonNull(to, "to: required");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to: must come after from, was " + from + " .. " + to);
        }
    }
}
