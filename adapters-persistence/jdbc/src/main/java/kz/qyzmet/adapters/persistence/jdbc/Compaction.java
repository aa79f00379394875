package kz.qyzmet.adapters.persistence.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * One compaction of the embedded database's file ({@code SHUTDOWN COMPACT}, which rewrites the file with its live
 * data only): its size before and after, and how long new work on the database was paused for it.
 *
 * @param bytesBefore the file's size when the compaction began
 * @param bytesAfter  its size once compacted
 * @param paused      from pausing new work to resuming it: waiting for the transactions in flight, compacting
 */
public record Compaction(long bytesBefore, long bytesAfter, Duration paused) {

    /** Checks that no size is negative and the pause is given. */
    public Compaction {
        if (bytesBefore < 0) {
            throw new IllegalArgumentException("bytesBefore: must not be negative, was " + bytesBefore);
        }
        if (bytesAfter < 0) {
            throw new IllegalArgumentException("bytesAfter: must not be negative, was " + bytesAfter);
        }
        Objects.requireNonNull(paused, "paused: required");
        if (paused.isNegative()) {
            throw new IllegalArgumentException("paused: must not be negative, was " + paused);
        }
    }
}
