package kz.qyzmet.application.request;

import kz.qyzmet.domain.request.RequestId;

/** The caller acted on a revision of the request that is no longer the current one (If-Match in HTTP). */
public final class StaleRevisionException extends RuntimeException {

    private final int expected;
    private final int current;

    public StaleRevisionException(RequestId id, int expected, int current) {
        super("revision: request " + id + " is at revision " + current + ", not " + expected);
        this.expected = expected;
        this.current = current;
    }

    /** The revision the caller expected. */
    public int expected() {
        return expected;
    }

    /** The request's current revision. */
    public int current() {
        return current;
    }
}
