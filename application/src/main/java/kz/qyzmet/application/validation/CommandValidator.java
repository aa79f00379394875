package kz.qyzmet.application.validation;

import jakarta.validation.ConstraintViolation;
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
                        violation.getPropertyPath().toString(),
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        violation.getMessage()))
                .sorted(Comparator.comparing(InvalidCommandException.Violation::field)
                        .thenComparing(InvalidCommandException.Violation::rule))
                .toList());
    }
}
