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

    /** A value as an error message shows it: at most 40 characters, longer ones cut with an ellipsis. */
    public static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    public Problem.FieldError error() {
        return new Problem.FieldError(parameter, rule, getMessage().substring(parameter.length() + 2));
    }
}
