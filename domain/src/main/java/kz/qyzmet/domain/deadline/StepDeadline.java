package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.Objects;
import kz.qyzmet.domain.catalog.ProcedureStep;

/**
 * The planned deadline of one step of a regulation's procedure: it starts when the step before it is due
 * (the first, at acceptance) and runs for the step's own duration.
 *
 * @param number   the step's number, from 1
 * @param step     the step: role, duration, action
 * @param startsAt when it starts at the latest
 * @param dueAt    when it is due
 */
public record StepDeadline(int number, ProcedureStep step, Instant startsAt, Instant dueAt) {
    public StepDeadline {
        Objects.requireNonNull(step, "step: required");
        Objects.requireNonNull(startsAt, "startsAt: required");
        Objects.requireNonNull(dueAt, "dueAt: required");
        if (number < 1) {
            throw new IllegalArgumentException("number: must be at least 1, was " + number);
        }
    }
}
