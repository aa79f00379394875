package kz.qyzmet.adapters.rest.problem;

/** A request to a protected route without a bearer token anybody holds: answered with 401. */
public final class UnauthenticatedException extends RuntimeException {

    /** Why the request is not authenticated. */
    public enum Reason {
        /** No {@code Authorization} header. */
        NO_HEADER,
        /** An {@code Authorization} header of another scheme than {@code Bearer}. */
        NOT_BEARER,
        /** A bearer token nobody holds. */
        UNKNOWN_TOKEN
    }

    private final Reason reason;

    public UnauthenticatedException(Reason reason) {
        super(switch (reason) {
            case NO_HEADER -> "no Authorization header; send 'Authorization: Bearer <token>'";
            case NOT_BEARER -> "the Authorization header must be 'Bearer <token>'";
            case UNKNOWN_TOKEN -> "the bearer token is not known";
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
