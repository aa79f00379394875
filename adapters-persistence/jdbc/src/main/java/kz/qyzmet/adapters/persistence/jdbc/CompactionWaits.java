package kz.qyzmet.adapters.persistence.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the two sides of a compaction of the embedded file database wait ({@link JdbcStorage#compact()}).
 *
 * @param callers  how long a caller asking for the database waits for a compaction to end before it is told the
 *                 database is paused and to try again after as long
 *                 ({@link kz.qyzmet.application.request.port.out.StoreBusyException}); positive
 * @param inFlight how long a compaction waits for the transactions in flight to end before it gives up, compacting
 *                 nothing; positive. Callers wait meanwhile too, so it is best kept below {@code callers}
 */
public record CompactionWaits(Duration callers, Duration inFlight) {

    /** 30 s for callers, 10 s for the transactions in flight. */
    public static final CompactionWaits DEFAULT = new CompactionWaits(Duration.ofSeconds(30), Duration.ofSeconds(10));

    public CompactionWaits {
        positive(callers, "callers");
        positive(inFlight, "inFlight");
    }

    private static void positive(Duration wait, String field) {
        Objects.requireNonNull(wait, field + ": required");
        if (wait.isNegative() || wait.isZero()) {
            throw new IllegalArgumentException(field + ": must be a positive duration, was " + wait);
        }
    }
}
