package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * The moment a request counts as accepted, and why.
 *
 * @param receivedAt when it was received
 * @param acceptedAt when it counts as accepted
 * @param reason     why then
 */
public record Acceptance(Instant receivedAt, Instant acceptedAt, AcceptanceReason reason) {
    public Acceptance {
        Objects.requireNonNull(receivedAt, "receivedAt: required");
        Objects.requireNonNull(acceptedAt, "acceptedAt: required");
        Objects.requireNonNull(reason, "reason: required");
        if (acceptedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("acceptedAt: " + acceptedAt + " is before receivedAt " + receivedAt);
        }
    }
}
