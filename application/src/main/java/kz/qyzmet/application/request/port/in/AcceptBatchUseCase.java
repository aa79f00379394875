package kz.qyzmet.application.request.port.in;

import java.util.List;

/**
 * Use case: take in a register of requests together. Each request is checked, accepted or refused at intake exactly
 * as {@link AcceptRequestUseCase#accept} would — the same intake check, receipt and deadlines, or the same error for
 * a request that is not found, in another state, not the actor's to accept or at another revision — and answered on
 * its own; one that fails does not stop the others. What the register shares is the commit: the decisions are stored
 * in as few transactions as the store can, each request whole or not at all, with its revision checked on its own, so
 * that a register of sixteen costs about one commit instead of sixteen. The events and the applicant's messages of
 * each request stored are published once, as a single acceptance publishes them.
 */
public interface AcceptBatchUseCase {

    /**
     * @return one outcome an acceptance, in the register's order
     * @throws kz.qyzmet.application.validation.InvalidCommandException if the register itself is invalid (empty,
     *         too long, a missing entry); an invalid acceptance in it, or a request named twice, is only that
     *         acceptance's {@link AcceptOutcome.Failed}
     */
    List<AcceptOutcome> acceptAll(AcceptBatchCommand command);
}
