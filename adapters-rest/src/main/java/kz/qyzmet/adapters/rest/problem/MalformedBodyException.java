package kz.qyzmet.adapters.rest.problem;

import java.util.Optional;

/** A request body that is not valid JSON, or not of the expected shape: answered with a 400 problem. */
public final class MalformedBodyException extends RuntimeException {

    private final transient Problem.FieldError error;

    /**
     * @param message what is wrong, in English
     * @param error   the field concerned, where one can be named
     */
    public MalformedBodyException(String message, Problem.FieldError error) {
        super(message);
        this.error = error;
    }

    public Optional<Problem.FieldError> error() {
        return Optional.ofNullable(error);
    }
}
