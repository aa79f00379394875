package kz.qyzmet.adapters.rest.problem;

import java.util.List;

/** A path {@code /requests/{id}/{action}} naming no action of the lifecycle: answered with 404. */
public final class UnknownActionException extends RuntimeException {

    private final String action;
    private final List<String> known;

    public UnknownActionException(String action, List<String> known) {
        super("no action '" + action + "'; the actions are " + known);
        this.action = action;
        this.known = List.copyOf(known);
    }

    public String action() {
        return action;
    }

    public List<String> known() {
        return known;
    }
}
