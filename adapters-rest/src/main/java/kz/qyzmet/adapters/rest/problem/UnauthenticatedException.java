package kz.qyzmet.adapters.rest.problem;

/** A request to a protected route without a bearer token anybody holds: answered with 401. */
public final class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
