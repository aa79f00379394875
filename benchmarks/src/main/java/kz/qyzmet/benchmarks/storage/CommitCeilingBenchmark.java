package kz.qyzmet.benchmarks.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling over {@link SubmitAcceptBenchmark} on H2: the cheapest acknowledged commit the embedded file database
 * gives, on the very settings {@link JdbcStorage#h2FileUrl} opens it with ({@code WRITE_DELAY=0}: a commit is in the
 * file before it returns). One operation inserts one small row (a primary key and twelve numbers) into a table of its
 * own and commits it alone (auto-commit), each thread on its own connection; {@code indexes} of the twelve numbers
 * carry a secondary index, so that the cost of each index in a commit shows. No Qyzmet code is on the path. The
 * trial's teardown checks that every acknowledged row is stored and deletes the database's directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CommitCeilingBenchmark {

    private static final int COLUMNS = 12;

    /** How many of the row's twelve numbers carry a secondary index (Qyzmet's request row has 9 on H2, its events 1). */
    @Param({"0", "4", "8", "12"})
    public int indexes;

    /**
     * How the indexed numbers fall: {@code sequential} (each index grows at its right edge, one leaf page touched a
     * commit, as an index led by a time-ordered id or an instant does) or {@code random} (each index entry lands on a
     * random leaf, as an index led by a scattered value does once the tree is larger than a page).
     */
    @Param({"sequential", "random"})
    public String keys;

    private Path directory;
    private String url;
    private boolean sequential;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final List<Connection> connections = new ArrayList<>();

    @Setup(Level.Trial)
    public void open() throws SQLException {
        if (indexes < 0 || indexes > COLUMNS) {
            throw new IllegalArgumentException("indexes: must be 0 to " + COLUMNS + ", not " + indexes);
        }
        if (!keys.equals("sequential") && !keys.equals("random")) {
            throw new IllegalArgumentException("keys: must be sequential or random, not " + keys);
        }
        sequential = keys.equals("sequential");
        try {
            directory = Files.createTempDirectory("qyzmet-bench-ceiling");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("# H2 store in " + directory);
        url = JdbcStorage.h2FileUrl(directory);
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            StringBuilder table = new StringBuilder("CREATE TABLE ceiling (id BIGINT PRIMARY KEY");
            for (int c = 1; c <= COLUMNS; c++) {
                table.append(", c").append(c).append(" BIGINT NOT NULL");
            }
            statement.execute(table.append(')').toString());
            for (int c = 1; c <= indexes; c++) {
                statement.execute("CREATE INDEX ceiling_c" + c + " ON ceiling (c" + c + ")");
            }
        }
    }

    /** One thread's connection, auto-committing, and its insert statement prepared once. */
    @State(Scope.Thread)
    public static class Writer {

        private Connection connection;
        private PreparedStatement insert;

        @Setup(Level.Trial)
        public void open(CommitCeilingBenchmark ceiling) throws SQLException {
            connection = DriverManager.getConnection(ceiling.url, "sa", "");
            synchronized (ceiling.connections) {
                ceiling.connections.add(connection);
            }
            StringBuilder sql = new StringBuilder("INSERT INTO ceiling VALUES (?");
            sql.append(", ?".repeat(COLUMNS));
            insert = connection.prepareStatement(sql.append(')').toString());
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ceiling")) {
            rows.next();
            if (rows.getLong(1) < committed.get()) {
                throw new IllegalStateException("teardown: " + committed.get() + " commits acknowledged, " + rows.getLong(1) + " rows stored");
            }
            System.out.printf("# ceiling: %,d rows, %d secondary indexes, %s keys%n", rows.getLong(1), indexes, keys);
        }
        for (Connection connection : connections) {
            connection.close();
        }
        FlowableBenchmark.deleteTree(directory);
    }

    /** One row inserted and committed on its own (the connection auto-commits). */
    @Benchmark
    public int insertAndCommit(Writer writer) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long id = ids.incrementAndGet();
        writer.insert.setLong(1, id);
        for (int c = 1; c <= COLUMNS; c++) {
            writer.insert.setLong(c + 1, sequential ? id : random.nextLong());
        }
        int inserted = writer.insert.executeUpdate();
        committed.incrementAndGet();
        return inserted;
    }
}
