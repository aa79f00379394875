package kz.qyzmet.adapters.persistence.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.qyzmet.application.request.port.out.StoreBusyException;

/**
 * The embedded database's connections as every store of a {@link JdbcStorage} asks for them, with a pause that
 * maintenance (compacting the file) can hold: while it holds it, a caller asking for a connection waits — at
 * most {@code callersWait}, then it gets a {@link StoreBusyException} saying the database is paused for compaction,
 * nothing was written and when to try again — and the maintenance starts only once every caller already inside {@code getConnection} has its
 * connection. The wait is fair: callers queue behind the maintenance and go in the order they came once it
 * ends.
 *
 * <p>HikariCP's own pool suspension also holds callers back, but without a limit (they wait until the pool is
 * resumed, whatever it takes); the pause here is what bounds a caller's wait.
 *
 * <p>The {@link StoreBusyException} is unchecked and thrown from {@link #getConnection()} itself, although a
 * {@link DataSource} reports failures as {@link SQLException}: every store of the storage turns an
 * {@code SQLException} into its own {@link StorageException}, and an unchecked exception passes all of them unchanged,
 * so that the application and the REST adapter learn that the store is paused, not that it failed.
 */
final class PausableConnections implements DataSource {

    private final DataSource pool;
    private final Duration callersWait;
    /** Callers hold the read side while they take a connection; maintenance holds the write side. */
    private final ReentrantReadWriteLock pause = new ReentrantReadWriteLock(true);

    PausableConnections(DataSource pool, Duration callersWait) {
        this.pool = Objects.requireNonNull(pool, "pool: required");
        this.callersWait = Objects.requireNonNull(callersWait, "callersWait: required");
        if (callersWait.isNegative() || callersWait.isZero()) {
            throw new IllegalArgumentException("callersWait: must be positive, was " + callersWait);
        }
    }

    /**
     * A connection of the pool, once no maintenance holds the pause.
     *
     * @throws StoreBusyException if maintenance held the pause for longer than the callers' wait
     */
    @Override
    public Connection getConnection() throws SQLException {
        Lock entry = pause.readLock();
        try {
            if (!entry.tryLock(callersWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new StoreBusyException(StoreBusyException.Maintenance.COMPACTION, callersWait,
                        "database: paused for compacting the embedded file for more than " + spoken(callersWait)
                                + "; nothing was written, try again once it is done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("database: interrupted while waiting for the compaction of the embedded file to end", e);
        }
        try {
            return pool.getConnection();
        } finally {
            entry.unlock();
        }
    }

    /**
     * Runs the maintenance with callers paused: it begins once the callers already taking a connection have it,
     * and callers arriving meanwhile wait until it returns (or their limit passes).
     */
    <T> T paused(Supplier<T> maintenance) {
        Lock whole = pause.writeLock();
        whole.lock();
        try {
            return maintenance.get();
        } finally {
            whole.unlock();
        }
    }

    /** A limit as the messages give it: {@code 30 s}, or {@code 200 ms} below a second or between whole seconds. */
    static String spoken(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** How many callers wait for the pause to end (for tests; a snapshot). */
    int waiting() {
        return pause.getQueueLength();
    }

    /** Whether maintenance holds the pause now (for tests; a snapshot). */
    boolean paused() {
        return pause.isWriteLocked();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("getConnection(username, password): the pool's credentials are fixed");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
