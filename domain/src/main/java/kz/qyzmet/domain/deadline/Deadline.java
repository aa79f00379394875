package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * When a request (or a step of it) must be done, with the explanation of why.
 *
 * @param acceptance  when the request counts as accepted
 * @param dueAt       the due instant
 * @param explanation why
 */
public record Deadline(Acceptance acceptance, Instant dueAt, Explanation explanation) {
    public Deadline {
        Objects.requireNonNull(acceptance, "acceptance: required");
        Objects.requireNonNull(dueAt, "dueAt: required");
        Objects.requireNonNull(explanation, "explanation: required");
    }
}
