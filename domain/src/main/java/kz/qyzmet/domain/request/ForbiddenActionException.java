package kz.qyzmet.domain.request;

import java.util.Set;
import kz.qyzmet.domain.catalog.Role;

/** A role that may not take an action: names the action, the role and the roles that may. */
public final class ForbiddenActionException extends RuntimeException {

    private final Action action;
    private final Role role;

    public ForbiddenActionException(Action action, RequestStatus status, Role role, Set<Role> allowed) {
        super("role: " + role + " may not " + action.slug() + " a request in " + status + "; " + allowed.stream().sorted().toList() + " may");
        this.action = action;
        this.role = role;
    }

    /** Raised for a rule about the particular actor, beyond the role (the assigned executor, the applicant). */
    public ForbiddenActionException(Action action, Role role, String rule) {
        super(rule);
        this.action = action;
        this.role = role;
    }

    public Action action() {
        return action;
    }

    public Role role() {
        return role;
    }
}
