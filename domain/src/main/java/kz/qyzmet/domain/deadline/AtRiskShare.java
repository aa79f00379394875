package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The share of a term below which a running term counts as at risk: a deployment's setting (Qyzmet's default is
 * a fifth), not a rule of the standards. It is held in thousandths so that every place that asks the question,
 * the deadline watch in the domain and the worklists of every store, computes exactly the same inequality
 * in whole numbers, down to the second:
 *
 * <pre>
 *   due &gt;= now  and  (due - now) * 1000 &lt; perMille * (due - start)      (instants in epoch seconds)
 * </pre>
 *
 * <p>A store that filters in its query language writes this inequality with {@link #perMille()} as its
 * parameter; a store that filters in Java calls {@link #atRisk(Instant, Instant, Instant)}. The request
 * repository contract checks both on the boundary second.
 *
 * @param perMille the share in thousandths, from 1 to 999
 */
public record AtRiskShare(int perMille) {

    /** A fifth of the term. */
    public static final AtRiskShare DEFAULT = new AtRiskShare(200);

    public AtRiskShare {
        if (perMille < 1 || perMille > 999) {
            throw new IllegalArgumentException("atRiskShare: must lie strictly between 0 and 1 (in thousandths, 1 to 999), was "
                    + perMille + "/1000");
        }
    }

    /** The share given as a fraction, such as {@code 0.2}, rounded to thousandths. */
    public static AtRiskShare of(double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("atRiskShare: must lie strictly between 0 and 1, was " + share);
        }
        return new AtRiskShare((int) Math.max(1, Math.min(999, Math.round(share * 1000))));
    }

    /** The share as a fraction, such as {@code 0.2}. */
    public double share() {
        return perMille / 1000.0;
    }

    /**
     * Whether a term running from {@code start} to {@code due} is at risk at {@code now}: not yet past its due
     * second, and with less than this share of it left.
     */
    public boolean atRisk(Instant start, Instant due, Instant now) {
        Objects.requireNonNull(start, "start: required");
        Objects.requireNonNull(due, "due: required");
        Objects.requireNonNull(now, "now: required");
        long dueSecond = due.getEpochSecond();
        long nowSecond = now.getEpochSecond();
        return dueSecond >= nowSecond && (dueSecond - nowSecond) * 1000 < perMille * (dueSecond - start.getEpochSecond());
    }

    /**
     * The first moment at which a term running from {@code start} to {@code due} is {@linkplain #atRisk at risk}: the
     * first whole second from which less than this share of it is left, so that {@code atRisk(start, due, now)} holds
     * for every {@code now} from it up to the due second and for none before. Empty for a term that never is at risk
     * (one that does not run forward).
     */
    public Optional<Instant> atRiskFrom(Instant start, Instant due) {
        Objects.requireNonNull(start, "start: required");
        Objects.requireNonNull(due, "due: required");
        long dueSecond = due.getEpochSecond();
        long share = (long) perMille * (dueSecond - start.getEpochSecond());
        if (share <= 0) {
            return Optional.empty();
        }
        // the smallest now with (due - now) * 1000 < share is due - ceil(share / 1000) + 1
        return Optional.of(Instant.ofEpochSecond(dueSecond - Math.floorDiv(share + 999, 1000) + 1));
    }
}
