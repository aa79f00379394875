package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How the repository's writes become transactions: each in its own ({@link #separate}), or those of
 * concurrent callers committed together ({@link GroupCommit}). Either way a call returns only once its
 * write is committed, and a write that fails leaves nothing behind.
 */
interface Transactions extends AutoCloseable {

    /** A write, given the connection of its transaction. */
    @FunctionalInterface
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Runs the work in a transaction and commits it; {@code what} names it in errors. */
    void write(String what, Work work);

    /**
     * Runs each work as {@link #write} would, each committed or failed on its own; a way of committing may put them
     * in shared transactions. Returns one entry a work, in order: empty where it is committed, its failure where not.
     */
    default java.util.List<java.util.Optional<RuntimeException>> writeEach(String what, java.util.List<Work> works) {
        java.util.List<java.util.Optional<RuntimeException>> failures = new java.util.ArrayList<>(works.size());
        for (Work work : works) {
            try {
                write(what, work);
                failures.add(java.util.Optional.empty());
            } catch (RuntimeException e) {
                failures.add(java.util.Optional.of(e));
            }
        }
        return failures;
    }

    @Override
    default void close() {
    }

    /** Each write in a transaction of its own. */
    static Transactions separate(javax.sql.DataSource dataSource) {
        return (what, work) -> {
            try (Connection connection = dataSource.getConnection()) {
                alone(connection, work);
            } catch (SQLException e) {
                throw new StorageException(what + " failed: " + e.getMessage(), e);
            }
        };
    }

    /**
     * Runs a write that has its transaction to itself: as its one whole statement in autocommit where it has one
     * ({@link BatchableWrite#runAlone}: one round trip), otherwise as {@link #commit} does.
     */
    static void alone(Connection connection, Work work) throws SQLException {
        if (work instanceof BatchableWrite write && write.hasWholeForm() && connection.getAutoCommit()) {
            write.runAlone(connection);
        } else {
            commit(connection, work);
        }
    }

    /** Runs the work in one transaction on the connection: committed if it completes, rolled back if it throws. */
    static void commit(Connection connection, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
