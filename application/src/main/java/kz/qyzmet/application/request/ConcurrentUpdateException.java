package kz.qyzmet.application.request;

import kz.qyzmet.domain.request.RequestId;

/** Another change to the request was stored first; the caller should reload and decide again. */
public final class ConcurrentUpdateException extends RuntimeException {

    private final transient RequestId id;

    public ConcurrentUpdateException(RequestId id, int expected, int actual) {
        super("revision: request " + id + " is at revision " + actual + ", not " + expected + "; reload it and try again");
        this.id = id;
    }

    /** The request changed meanwhile. */
    public RequestId id() {
        return id;
    }
}
