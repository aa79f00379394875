package kz.qyzmet.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
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

    private final DataSource dataSource;
    private final HikariDataSource pool;
    private final GroupCommit transactions;
    private final JobLock jobLock;
    /** PostgreSQL: a write alone is one statement that commits itself (H2 has no data-changing {@code WITH}). */
    private final boolean wholeWrites;
    /** Whether {@link #close()} compacts the embedded file database it alone has open. */
    private volatile boolean compactOnClose;
    /** Closing twice (the server and an embedding application both may) compacts and closes once. */
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private JdbcStorage(DataSource dataSource, HikariDataSource pool) {
        this.dataSource = dataSource;
        this.pool = pool;
        migrate(dataSource);
        boolean h2 = isH2(dataSource);
        this.transactions = new GroupCommit(dataSource);
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

    /** The embedded H2 file database {@code qyzmet} under the data directory. */
    public static JdbcStorage h2File(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve("qyzmet");
        JdbcStorage storage = connect("jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "");
        storage.compactOnClose = true;
        return storage;
    }

    /** A database given by its JDBC URL (H2 or PostgreSQL). */
    public static JdbcStorage connect(String url, String user, String password) {
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
        if (url.startsWith("jdbc:postgresql:")) {
            // a batch of inserts (group commit) goes to the server as one multi-row insert
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("database: cannot connect to " + redact(url) + ": " + rootMessage(e), e);
        }
        try {
            return new JdbcStorage(pool, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A data source the embedding application manages; it is migrated but not closed here. */
    public static JdbcStorage using(DataSource dataSource) {
        return new JdbcStorage(Objects.requireNonNull(dataSource, "dataSource: required"), null);
    }

    /** The request repository on this database; all of them share its way of committing. */
    public JdbcRequestRepository requests() {
        return new JdbcRequestRepository(dataSource, transactions, wholeWrites);
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
     * Closes the pool. The embedded file database of {@link #h2File} is closed with {@code SHUTDOWN COMPACT}
     * first: H2's store is copy-on-write and, with every commit written before it is acknowledged
     * ({@code WRITE_DELAY=0}, which also leaves H2 without the background thread that compacts the file), the
     * file keeps the old copies of the pages each commit rewrote — about 90 KB per request submitted and
     * accepted under load against about 4 KB of live data (docs/BENCHMARKS.md). Compacting rewrites the file
     * with the live data only; it takes time in proportion to that data.
     */
    @Override
    public void close() {
        if (pool != null && closed.compareAndSet(false, true)) {
            if (compactOnClose) {
                compact();
            }
            pool.close();
        }
    }

    private void compact() {
        long started = System.nanoTime();
        boolean compacted = false;
        try (java.sql.Connection connection = pool.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            compacted = true;
        } catch (java.sql.SQLException e) {
            // after the shutdown, closing the statement and the connection reports the database closed: expected
            if (!compacted) {
                LOG.warn("The embedded database could not be compacted on closing; it is closed as it is: {}", e.getMessage());
            }
        }
        if (compacted) {
            LOG.info("Embedded database compacted in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
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
