package kz.qyzmet.application.onetimepassword;

import java.time.Instant;

/** More one-time passwords asked for an IIN than the hourly limit allows. */
public final class TooManyCodesException extends RuntimeException {

    private final Instant retryAfter;

    public TooManyCodesException(int limit, Instant retryAfter) {
        super("iin: at most " + limit + " one-time passwords per hour; the next one may be asked at " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** When the next code may be asked. */
    public Instant retryAfter() {
        return retryAfter;
    }
}
