package kz.qyzmet.adapters.rest.problem;

/** A path or query parameter of a request cannot be read: answered with a 400 problem naming it. */
public final class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String rule;

    public BadParameterException(String parameter, String rule, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
        this.rule = rule;
    }

    public Problem.FieldError error() {
        return new Problem.FieldError(parameter, rule, getMessage().substring(parameter.length() + 2));
    }
}
