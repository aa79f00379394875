package kz.qyzmet.domain.request;

import java.util.Optional;
import java.util.Set;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/** A role that may not take an action: names the action, the role and the roles that may. */
public final class ForbiddenActionException extends RuntimeException {

    private final Action action;
    private final Role role;
    private final RequestStatus status;
    private final transient Set<Role> allowed;
    private final transient LocalizedText rule;

    public ForbiddenActionException(Action action, RequestStatus status, Role role, Set<Role> allowed) {
        super("role: " + role + " may not " + action.slug() + " a request in " + status + "; " + allowed.stream().sorted().toList() + " may");
        this.action = action;
        this.role = role;
        this.status = status;
        this.allowed = Set.copyOf(allowed);
        this.rule = null;
    }

    /**
     * Raised for a rule about the particular actor, beyond the role (the assigned executor, the applicant), in
     * English only: prefer {@link #ForbiddenActionException(Action, Role, LocalizedText)}.
     */
    public ForbiddenActionException(Action action, Role role, String rule) {
        super(rule);
        this.action = action;
        this.role = role;
        this.status = null;
        this.allowed = Set.of();
        this.rule = null;
    }

    /** Raised for a rule about the particular actor, beyond the role, worded in kk, ru and en. */
    public ForbiddenActionException(Action action, Role role, LocalizedText rule) {
        super(rule.in(Language.EN).text());
        this.action = action;
        this.role = role;
        this.status = null;
        this.allowed = Set.of();
        this.rule = rule;
    }

    /** The state the request was in, when the role itself was the obstacle (null for a rule about the actor). */
    public RequestStatus status() {
        return status;
    }

    /** The roles that may take the action in that state (empty for a rule about the actor). */
    public Set<Role> allowed() {
        return allowed;
    }

    /** The rule about the actor, in kk, ru and en, if the thrower worded it so. */
    public Optional<LocalizedText> rule() {
        return Optional.ofNullable(rule);
    }

    public Action action() {
        return action;
    }

    public Role role() {
        return role;
    }
}
