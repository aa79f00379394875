package kz.qyzmet.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relational store: a connection pool (HikariCP) on an embedded H2 file database or PostgreSQL, or a
 * {@link DataSource} handed in by the embedding application, with the schema brought up to date by Flyway
 * migrations at start. A database whose migrations fail, or whose schema is newer than this code, is refused
 * with the reason.
 */
public final class JdbcStorage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

    /**
     * How many groups of writes PostgreSQL is given at once (half the pool's connections, so that reads find one): it
     * flushes the commits that arrive together in one write of its log, where one group at a time would queue
     * each behind the previous one's flush.
     */
    static final int POSTGRES_GROUPS_AT_ONCE = 4;

    private final DataSource dataSource;
    private final HikariDataSource pool;
    private final GroupCommit transactions;
    private final JobLock jobLock;
    /** PostgreSQL: a write alone is one statement that commits itself (H2 has no data-changing {@code WITH}). */
    private final boolean wholeWrites;
    /** The embedded file database's file and the pause its compaction holds; null for any other database. */
    private final EmbeddedFile embedded;
    /** Closing twice (the server and an embedding application both may) compacts and closes once. */
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    /** A compaction and closing, one at a time. */
    private final Object maintenance = new Object();
    /**
     * What this storage's repositories committed last of each request (bounded, see {@link CommittedRequests}): one
     * for the process, as its repositories are made per call.
     */
    private final CommittedRequests committed = new CommittedRequests();

    /**
     * The embedded H2 file database that this storage alone has open: its JDBC URL (for the connection that compacts
     * it outside the pool), its file, the pause that its callers go through and how long a compaction waits for
     * the transactions in flight.
     */
    private record EmbeddedFile(String url, Path file, PausableConnections pause, Duration inFlightWait) {

        long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded database's file " + file + ": size unreadable", e);
            }
        }
    }

    private JdbcStorage(DataSource dataSource, HikariDataSource pool, EmbeddedFile embedded) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.embedded = embedded;
        migrate(dataSource);
        boolean h2 = isH2(dataSource);
        this.transactions = new GroupCommit(dataSource, h2 ? 1 : POSTGRES_GROUPS_AT_ONCE);
        this.jobLock = new JobLock(dataSource, !h2);
        this.wholeWrites = !h2;
    }

    /**
     * Whether the database is H2, whose periodic jobs need no lock across processes (it is embedded).
     */
    private static boolean isH2(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new StorageException("database: cannot read what it is: " + e.getMessage(), e);
        }
    }

    /**
     * The embedded H2 file database {@code qyzmet} under the data directory ({@code qyzmet.mv.db}), which
     * {@link #compact()} compacts while it runs and {@link #close()} compacts as it closes.
     */
    public static JdbcStorage h2File(Path dataDirectory) {
        return h2File(dataDirectory, CompactionWaits.DEFAULT);
    }

    /**
     * The embedded file database, with how long a caller waits for a compaction to end and a compaction for the
     * transactions in flight ({@link #compact()}).
     */
    public static JdbcStorage h2File(Path dataDirectory, CompactionWaits waits) {
        Objects.requireNonNull(waits, "waits: required");
        return h2File(dataDirectory, waits.callers(), waits.inFlight());
    }

    /** The embedded file database, with waits of any length (tests use some below a second). */
    static JdbcStorage h2File(Path dataDirectory, Duration callersWait, Duration inFlightWait) {
        String url = h2FileUrl(dataDirectory);
        HikariDataSource pool = pool(url, "sa", "", true);
        PausableConnections pause = new PausableConnections(pool, callersWait);
        Path file = dataDirectory.toAbsolutePath().resolve("qyzmet.mv.db");
        return storage(pause, pool, new EmbeddedFile(url, file, pause, inFlightWait));
    }

    /**
     * The JDBC URL of the embedded file database under the data directory, with {@code WRITE_DELAY=0}: every commit is
     * written before it is acknowledged (without it H2 writes up to the delay later). H2's {@code COMPRESS=TRUE} was
     * measured and not kept: the bytes each commit writes fall by 40%, but the time per request did not, and the CPU
     * per request rose (docs/BENCHMARKS.md part 3, "What each commit writes on H2"). Public so that the benchmarks
     * measure the bare database on the very settings the storage uses.
     */
    public static String h2FileUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("qyzmet") + ";WRITE_DELAY=0";
    }

    /** A database given by its JDBC URL (H2 or PostgreSQL). */
    public static JdbcStorage connect(String url, String user, String password) {
        HikariDataSource pool = pool(url, user, password, false);
        return storage(pool, pool, null);
    }

    private static JdbcStorage storage(DataSource dataSource, HikariDataSource pool, EmbeddedFile embedded) {
        try {
            return new JdbcStorage(dataSource, pool, embedded);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * A connection pool; a pool that can be suspended for the embedded file (HikariCP's {@code allowPoolSuspension}:
     * while suspended it lends no connection and opens none, as the file is being rewritten).
     */
    private static HikariDataSource pool(String url, String user, String password, boolean suspendable) {
        Objects.requireNonNull(url, "database-url: required");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database-url: must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("qyzmet");
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(10_000);
        config.setAllowPoolSuspension(suspendable);
        if (url.startsWith("jdbc:postgresql:")) {
            // a batch of inserts (group commit) goes to the server as one multi-row insert
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("database: cannot connect to " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    /** A data source the embedding application manages; it is migrated but not closed here. */
    public static JdbcStorage using(DataSource dataSource) {
        return new JdbcStorage(Objects.requireNonNull(dataSource, "dataSource: required"), null, null);
    }

    /**
     * The request repository on this database; all of them share its way of committing and what it committed last of
     * each request (which spares a change that starts from it a read: {@link JdbcRequestRepository#findAt}).
     */
    public JdbcRequestRepository requests() {
        return new JdbcRequestRepository(dataSource, transactions, wholeWrites, committed);
    }

    /** The applicants' personal cabinets on this database. */
    public JdbcNotifications notifications() {
        return new JdbcNotifications(dataSource);
    }

    /** The signatures already taken, on this database. */
    public JdbcUsedSignatures usedSignatures() {
        return new JdbcUsedSignatures(dataSource);
    }

    /** The one-time passwords issued, shared by every server on this database. */
    public JdbcIssuedCodes issuedCodes() {
        return new JdbcIssuedCodes(dataSource);
    }

    /** The visits to the counters on this database. */
    public JdbcCounterVisits counterVisits() {
        return new JdbcCounterVisits(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * How the request repository's writes were committed so far: every write of this storage's repositories
     * is group-committed — concurrent callers' writes in one transaction — on H2 (which writes a chunk of its
     * store at every commit and serializes commits anyway) and on PostgreSQL (which flushes its log at every
     * commit).
     */
    public SharedCommits sharedCommits() {
        return transactions.shared();
    }

    /** The lock under which a periodic job runs in one process at a time on this database. */
    public JobLock jobLock() {
        return jobLock;
    }

    /**
     * Compacts the embedded file database of {@link #h2File} while it runs, as H2's documentation gives it
     * ("Compacting a Database": {@code SHUTDOWN COMPACT}), and returns its size before and after. H2's store is
     * copy-on-write and, with every commit written before it is acknowledged ({@code WRITE_DELAY=0}, which also
     * leaves H2 without the background thread that compacts an open file), the file keeps the old copies of the
     * pages each commit rewrote: about 80 KB per request submitted and accepted under load against about 4 KB of
     * live data (docs/BENCHMARKS.md). {@code SHUTDOWN COMPACT} rewrites the file with the live data only and
     * closes the database, so it runs in a pause:
     * <ol>
     *   <li>new work is paused: a caller asking for a connection waits (at most {@link CompactionWaits#callers()},
     *       30 s unless given otherwise, then a {@link kz.qyzmet.application.request.port.out.StoreBusyException} says
     *       the database is paused for compaction, nothing was written and to try again after that long), and the
     *       pool is suspended (HikariCP's {@code suspendPool}: it lends and opens no connection);</li>
     *   <li>the transactions in flight end and give their connections back (at most {@link CompactionWaits#inFlight()},
     *       10 s unless given otherwise; if one is still in use then,
     *       nothing is compacted, the pool resumes and a {@link StorageException} says so);</li>
     *   <li>{@code SHUTDOWN COMPACT} runs on a connection of its own, the pool's connections — to the database just
     *       closed — are evicted, and the pool resumes: its new connections open the compacted file and the waiting
     *       callers go on in the order they came.</li>
     * </ol>
     * No write is lost: a write is either committed before the pause or made after it, each caller told how it
     * went. The pause lasts as long as the transactions in flight plus the compaction, which takes time in
     * proportion to the live data.
     *
     * @throws IllegalStateException if this is not the embedded file database (PostgreSQL reclaims space with
     *                               autovacuum while it runs) or it is closed
     * @throws StorageException      if a transaction held its connection too long, or the compaction failed
     */
    public Compaction compact() {
        if (embedded == null) {
            throw new IllegalStateException("compact: only the embedded H2 file database (JdbcStorage.h2File) is compacted here; "
                    + "PostgreSQL reclaims the space of old rows itself (autovacuum)");
        }
        synchronized (maintenance) {
            if (closed.get()) {
                throw new IllegalStateException("compact: the storage is closed");
            }
            return embedded.pause().paused(this::compactPaused);
        }
    }

    /** The pause a compaction holds, or null if this is not the embedded file database (for tests). */
    PausableConnections pause() {
        return embedded == null ? null : embedded.pause();
    }

    private Compaction compactPaused() {
        long started = System.nanoTime();
        HikariPoolMXBean lending = pool.getHikariPoolMXBean();
        lending.suspendPool();
        try {
            awaitConnectionsBack(lending, embedded.inFlightWait());
            long before = embedded.size();
            try {
                // a connection of its own: the pool lends none while suspended
                shutdownCompact(() -> DriverManager.getConnection(embedded.url(), "sa", ""));
            } catch (SQLException e) {
                LOG.warn("Embedded database not compacted: {}", e.getMessage());
                throw new StorageException("compaction of the embedded database failed: " + e.getMessage(), e);
            } finally {
                // the pool's connections were sessions of the database just closed
                lending.softEvictConnections();
            }
            Compaction compaction = new Compaction(before, embedded.size(), Duration.ofNanos(System.nanoTime() - started));
            LOG.info("Embedded database compacted: {} KB before, {} KB after; new work paused {} ms",
                    compaction.bytesBefore() / 1024, compaction.bytesAfter() / 1024, compaction.paused().toMillis());
            return compaction;
        } finally {
            lending.resumePool();
        }
    }

    /**
     * Waits until no connection is lent. The pool is suspended, so none is lent meanwhile and the count of those
     * in use only falls (HikariCP's counts are snapshots, which is enough for a count that only falls).
     */
    private static void awaitConnectionsBack(HikariPoolMXBean lending, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int inUse;
        while ((inUse = lending.getActiveConnections()) > 0) {
            if (System.nanoTime() - deadline > 0) {
                String held = (inUse == 1 ? "1 connection" : inUse + " connections") + " still in use after " + PausableConnections.spoken(limit);
                LOG.warn("Embedded database not compacted: {}", held);
                throw new StorageException("compaction of the embedded database: " + held
                        + " (a long transaction?); nothing was compacted and the database goes on as before", null);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("compaction of the embedded database: interrupted while the transactions in flight ended; "
                        + "nothing was compacted", e);
            }
        }
    }

    /** Where {@link #shutdownCompact} takes its connection. */
    @FunctionalInterface
    private interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** {@code SHUTDOWN COMPACT} on a connection it closes; closing it then may report the database closed, as expected. */
    private static void shutdownCompact(ConnectionSource source) throws SQLException {
        boolean compacted = false;
        try (Connection connection = source.open(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            compacted = true;
        } catch (SQLException e) {
            if (!compacted) {
                throw e;
            }
        }
    }

    /**
     * Closes the pool. The embedded file database of {@link #h2File} is closed with {@code SHUTDOWN COMPACT} first
     * (see {@link #compact()}): at rest it keeps its live data only.
     */
    @Override
    public void close() {
        synchronized (maintenance) {
            if (pool != null && closed.compareAndSet(false, true)) {
                if (embedded != null) {
                    compactOnClose();
                }
                pool.close();
            }
        }
    }

    private void compactOnClose() {
        long started = System.nanoTime();
        long before = embedded.size();
        try {
            shutdownCompact(pool::getConnection);
        } catch (SQLException e) {
            LOG.warn("The embedded database could not be compacted on closing; it is closed as it is: {}", e.getMessage());
            return;
        }
        LOG.info("Embedded database compacted on closing: {} KB before, {} KB after, in {} ms",
                before / 1024, embedded.size() / 1024, (System.nanoTime() - started) / 1_000_000);
    }

    private static void migrate(DataSource dataSource) {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .ignoreMigrationPatterns("")
                    // V5 (used signatures) joined after main had applied V6 and V9 to its databases: apply it there
                    // out of order; it only adds a table of its own. Anything else unresolved or failed is still refused.
                    .outOfOrder(true)
                    .validateOnMigrate(true)
                    .load()
                    .migrate();
            LOG.info("Database schema at version {} ({} migrations applied now)", result.targetSchemaVersion, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new StorageException("database: refused, its schema cannot be brought to this version of Qyzmet: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
