package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs a periodic job (the deadline watch, which also ends the State Corporation's storage) in one server
 * process at a time when several processes share one database, so that each run's items are handled by
 * one process. On PostgreSQL the run holds a session-level advisory lock ({@code pg_try_advisory_lock}) on
 * a connection of its own; a process that does not get the lock skips that run, since another one is doing
 * it, and the lock goes with the session if a process dies. On H2 the job simply runs: an embedded file
 * database is open in one process only. Each change a job stores is still guarded by the request's revision
 * (optimistic locking), whichever process makes it.
 */
public final class JobLock {

    /** The first half of every advisory lock key Qyzmet takes ("Qyz"), to keep clear of other applications' keys. */
    private static final int QYZMET = 0x51797A;

    private final DataSource dataSource;
    private final boolean postgres;

    JobLock(DataSource dataSource, boolean postgres) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
        this.postgres = postgres;
    }

    /**
     * Runs the job if no other process is running the job of that name on this database.
     *
     * @param job the job's name, the same in every process
     * @return whether it ran here
     * @throws StorageException if the database cannot be asked for the lock
     */
    public boolean runAlone(String job, Runnable run) {
        Objects.requireNonNull(job, "job: required");
        Objects.requireNonNull(run, "run: required");
        if (!postgres) {
            run.run();
            return true;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)", job)) {
                return false;
            }
            try {
                run.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?, ?)", job);
            }
        } catch (SQLException e) {
            throw new StorageException("the lock of job " + job + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, QYZMET);
            statement.setInt(2, job.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
