package kz.qyzmet.application.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks commands and queries against their Bean Validation constraints before a use case runs, so that
 * every entry point — REST or an embedding application calling the ports directly — gets the same checks.
 * The embedding application supplies the {@link Validator} (Hibernate Validator in the bundled server).
 */
public final class CommandValidator {

    private final Validator validator;

    public CommandValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator: required");
    }

    /**
     * Returns the command if it is valid.
     *
     * @throws InvalidCommandException listing every broken rule
     */
    public <T> T valid(T command) {
        if (command == null) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("command", "NotNull", "must not be null")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return command;
        }
        throw new InvalidCommandException(violations.stream()
                .map(violation -> new InvalidCommandException.Violation(
                        field(violation.getPropertyPath()),
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        violation.getMessage()))
                .sorted(Comparator.comparing(InvalidCommandException.Violation::field)
                        .thenComparing(InvalidCommandException.Violation::rule))
                .toList());
    }

    /**
     * The field a violation concerns, as a client names it: {@code documents[0].code}, and {@code grounds[0]} for an
     * element of a list where Bean Validation writes {@code grounds[0].<list element>}.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
