package kz.qyzmet.domain.request;

import java.util.Locale;

/** What someone may do to a service request. Each is allowed from some states, to some roles ({@link Lifecycle}). */
public enum Action {
    ACCEPT,
    REFUSE_INTAKE,
    ASSIGN,
    START_REVIEW,
    APPROVE,
    REFUSE,
    MARK_READY,
    ISSUE,
    HAND_OVER,
    RETURN_TO_PROVIDER,
    RE_REQUEST,
    WITHDRAW,
    /** Issue a referral to a pre-school organisation for a child in the queue: no transition, the state stays. */
    REFER;

    /** The action's name in URLs and messages: {@code refuse-intake}; marking the result ready is {@code ready}. */
    public String slug() {
        return this == MARK_READY ? "ready" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
