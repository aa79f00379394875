package kz.qyzmet.domain.request;

import java.util.Objects;

/**
 * A rule of the domain that a value or an action breaks, naming the field it concerns and the rule, so that a
 * caller reports it without reading either out of a message. It is an {@link IllegalArgumentException}: the
 * message keeps the form {@code field: what is wrong}.
 */
public final class RuleViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * @param field   the field, as a path such as {@code representative.iin}
     * @param rule    the rule's name, such as {@code differentPerson}
     * @param problem what is wrong, in English
     */
    public RuleViolation(String field, String rule, String problem) {
        super(Objects.requireNonNull(field, "field: required") + ": " + Objects.requireNonNull(problem, "problem: required"));
        this.field = field;
        this.rule = Objects.requireNonNull(rule, "rule: required");
    }

    /** The field the broken rule concerns. */
    public String field() {
        return field;
    }

    /** The rule's name. */
    public String rule() {
        return rule;
    }
}
