package kz.qyzmet.application.request.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * The store is being maintained and takes no work for a while: the caller waited as long as the store lets a
 * caller wait, nothing of its call was read or written, and it may try again after {@link #retryAfter()}.
 *
 * <p>Any out-port that stores — {@link RequestRepository}, {@link Notifications}, {@link UsedSignatures}, the issued
 * one-time passwords, the counter visits — may throw it. An adapter author throws it only for a pause the store
 * itself holds and that ends by itself (such as the daily compaction of an embedded database file), never for a
 * failure that needs an operator; the REST adapter answers it with {@code 503 Service Unavailable} and a
 * {@code Retry-After} header.
 */
public final class StoreBusyException extends RuntimeException {

    /** What the store is doing meanwhile. */
    public enum Maintenance {
        /** Rewriting its file with the live data only, to give back the space of old copies. */
        COMPACTION
    }

    private final Maintenance maintenance;
    private final Duration retryAfter;

    /**
     * @param maintenance what the store is doing
     * @param retryAfter  how long the caller should wait before trying again, positive
     * @param message     what happened, for logs and embedding applications
     */
    public StoreBusyException(Maintenance maintenance, Duration retryAfter, String message) {
        super(message);
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance: required");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter: required");
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter: must be positive, was " + retryAfter);
        }
    }

    /** What the store is doing meanwhile. */
    public Maintenance maintenance() {
        return maintenance;
    }

    /** How long to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, at least one (as HTTP's {@code Retry-After} gives it). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.equals(Duration.ofSeconds(seconds)) ? Math.max(1, seconds) : seconds + 1;
    }
}
