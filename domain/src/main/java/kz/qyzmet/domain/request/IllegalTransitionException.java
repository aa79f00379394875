package kz.qyzmet.domain.request;

import java.util.List;

/** An action the request's state does not allow: names the state, the action and what is allowed. */
public final class IllegalTransitionException extends RuntimeException {

    private final RequestStatus status;
    private final Action action;
    private final transient List<Action> allowed;

    public IllegalTransitionException(RequestStatus status, Action action, List<Action> allowed) {
        super("status: a request in " + status + " cannot " + action.slug() + "; allowed: "
                + (allowed.isEmpty() ? "nothing (the request is closed)" : allowed.stream().map(Action::slug).toList()));
        this.status = status;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    /** Raised for a rule of the request beyond the state table (e.g. storage not yet over). */
    public IllegalTransitionException(RequestStatus status, Action action, String rule) {
        super("status: a request in " + status + " cannot " + action.slug() + " yet: " + rule);
        this.status = status;
        this.action = action;
        this.allowed = List.of();
    }

    public RequestStatus status() {
        return status;
    }

    public Action action() {
        return action;
    }

    public List<Action> allowed() {
        return allowed;
    }
}
