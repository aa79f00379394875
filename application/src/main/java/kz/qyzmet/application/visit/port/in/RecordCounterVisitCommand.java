package kz.qyzmet.application.visit.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.qyzmet.application.request.port.in.ActingUser;

/**
 * A counter records an applicant's visit for a request: when the ticket was taken, when the applicant was
 * called to the desk and when the service there ended. Each moment carries its UTC offset.
 *
 * @param actor         the intake officer of the request's provider (office requests) or a State Corporation
 *                      operator (State Corporation requests)
 * @param requestId     the request served
 * @param ticketTakenAt when the applicant took the queue ticket
 * @param calledAt      when the applicant was called; not before the ticket
 * @param servedAt      when the service at the desk ended; not before the call, not in the future
 */
public record RecordCounterVisitCommand(@NotNull @Valid ActingUser actor, @NotNull UUID requestId, @NotNull OffsetDateTime ticketTakenAt,
                                        @NotNull OffsetDateTime calledAt, @NotNull OffsetDateTime servedAt) {
}
