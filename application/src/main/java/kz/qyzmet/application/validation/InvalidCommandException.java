package kz.qyzmet.application.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command or query broke its validation rules. Lists every broken rule with the field it concerns, so
 * that an adapter can answer with all of them at once.
 */
public final class InvalidCommandException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidCommandException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param field   the field's path in the command, such as {@code channel}
     * @param rule    the rule's name, such as {@code NotNull}
     * @param message what is wrong, in English
     */
    public record Violation(String field, String rule, String message) {
        @Override
        public String toString() {
            return field + ": " + message + " (" + rule + ")";
        }
    }
}
