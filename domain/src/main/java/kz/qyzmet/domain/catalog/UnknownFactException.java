package kz.qyzmet.domain.catalog;

/** Raised when a rule needs a field of a standard that the sources do not give. */
public final class UnknownFactException extends RuntimeException {

    private final String field;

    public UnknownFactException(String field, String reason) {
        super(field + ": not given by the sources (" + reason + ")");
        this.field = field;
    }

    /** The field that is unknown. */
    public String field() {
        return field;
    }
}
