package kz.qyzmet.domain.catalog;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A span of clock time within one day, such as a lunch break 13:00–14:30.
 *
 * @param from when it starts
 * @param to   when it ends, after {@code from}
 */
public record TimeRange(LocalTime from, LocalTime to) {
    public TimeRange {
        Objects.requireNonNull(from, "from: required");
        Objects.requireNonNull(to, "to: required");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from/to: must start before it ends, was " + from + "–" + to);
        }
    }

    public static TimeRange of(String from, String to) {
        return new TimeRange(LocalTime.parse(from), LocalTime.parse(to));
    }

    /** Whether this span lies within {@code other}, ends included. */
    public boolean within(TimeRange other) {
        return !from.isBefore(other.from) && !to.isAfter(other.to);
    }

    /** Whether the clock time lies in this span: from included, to excluded. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
