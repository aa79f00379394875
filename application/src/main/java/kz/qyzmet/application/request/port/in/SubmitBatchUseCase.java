package kz.qyzmet.application.request.port.in;

import java.util.List;

/**
 * Use case: hand in a register of requests together. Each submission is checked, refused or stored exactly as
 * {@link SubmitRequestUseCase#submit} would, with its own idempotency key (a retried register gives back the
 * same requests); what the register shares is the commit — the requests that pass are stored in as few
 * transactions as the store can, each one whole or not at all, so a register of sixteen costs about one commit
 * instead of sixteen.
 */
public interface SubmitBatchUseCase {

    /**
     * @return one outcome a submission, in the register's order
     * @throws kz.qyzmet.application.validation.InvalidCommandException if the register itself is invalid (empty,
     *         too long, a missing entry); an invalid submission in it is only that submission's {@link SubmitOutcome.Refused}
     */
    List<SubmitOutcome> submitAll(SubmitBatchCommand command);
}
