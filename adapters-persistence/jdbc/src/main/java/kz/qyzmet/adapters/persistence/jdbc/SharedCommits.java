package kz.qyzmet.adapters.persistence.jdbc;

/**
 * How the request repository's writes were committed: {@code writes} writes (a request stored, or a change
 * to it with its history) in {@code transactions} commits. Concurrent callers' writes share a commit, so the
 * ratio tells how much the group commit gathered.
 *
 * @param writes the writes committed (or failed with their group)
 * @param transactions the transactions they went in
 */
public record SharedCommits(long writes, long transactions) {

    /** Checks that neither count is negative. */
    public SharedCommits {
        if (writes < 0) {
            throw new IllegalArgumentException("writes: must not be negative, not " + writes);
        }
        if (transactions < 0) {
            throw new IllegalArgumentException("transactions: must not be negative, not " + transactions);
        }
    }

    /** Writes per transaction on average; 0 before the first. */
    public double writesPerTransaction() {
        return transactions == 0 ? 0 : (double) writes / transactions;
    }
}
