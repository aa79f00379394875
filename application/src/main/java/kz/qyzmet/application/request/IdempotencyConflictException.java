package kz.qyzmet.application.request;

/** The idempotency key was used before for a different submission. */
public final class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String key) {
        super("idempotencyKey: '" + key + "' was used for a different submission");
    }
}
