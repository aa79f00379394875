package kz.qyzmet.domain.request;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of a request's overall deadline at a moment of its history.
 *
 * @param dueAt   the due instant, or null before acceptance
 * @param overdue whether the moment was past it
 */
public record DeadlineState(Instant dueAt, boolean overdue) {

    static final DeadlineState NOT_SET = new DeadlineState(null, false);

    static DeadlineState at(Instant dueAt, Instant now) {
        return dueAt == null ? NOT_SET : new DeadlineState(dueAt, now.isAfter(dueAt));
    }

    public Optional<Instant> due() {
        return Optional.ofNullable(dueAt);
    }
}
