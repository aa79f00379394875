package kz.qyzmet.adapters.rest.problem;

import java.util.Optional;

/** A request body that is not valid JSON, or not of the expected shape: answered with a 400 problem. */
public final class MalformedBodyException extends RuntimeException {

    /** What is wrong with the body: the key of the sentence a reader gets in their language. */
    public enum Kind {
        EMPTY, NULL, UNKNOWN_FIELD, WRONG_VALUE, WRONG_TYPE, INVALID, SYNTAX, ENCODING, HTTP
    }

    private final Kind kind;
    private final String subject;
    private final transient Problem.FieldError error;

    /**
     * @param kind    what is wrong
     * @param subject what the sentence names: the field, the place of a syntax error (" at line 1, column 2"), or
     *                the HTTP status; empty where nothing is named
     * @param message what is wrong, in English (logs, and English readers)
     * @param error   the field concerned, where one can be named
     */
    public MalformedBodyException(Kind kind, String subject, String message, Problem.FieldError error) {
        super(message);
        this.kind = java.util.Objects.requireNonNull(kind, "kind: required");
        this.subject = subject == null ? "" : subject;
        this.error = error;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public Optional<Problem.FieldError> error() {
        return Optional.ofNullable(error);
    }
}
