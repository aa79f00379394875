package kz.qyzmet.domain.request;

import java.util.Objects;
import java.util.Set;
import kz.qyzmet.domain.catalog.Role;

/**
 * One allowed move of the lifecycle: an action taken from a state, leading to a state, by certain roles.
 *
 * @param action the action
 * @param from   the state it is taken from
 * @param to     the state it leads to
 * @param roles  who may take it
 */
public record Transition(Action action, RequestStatus from, RequestStatus to, Set<Role> roles) {
    public Transition {
        Objects.requireNonNull(action, "action: required");
        Objects.requireNonNull(from, "from: required");
        Objects.requireNonNull(to, "to: required");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles: at least one role may take a transition");
        }
    }
}
