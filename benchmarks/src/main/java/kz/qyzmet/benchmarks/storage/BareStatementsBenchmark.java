package kz.qyzmet.benchmarks.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.domain.request.RequestId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under {@link SubmitAcceptBenchmark}: the bare SQL statements that the JDBC repository runs for one
 * request submitted and accepted, on Qyzmet's schema (Flyway-migrated, every index), with JSON documents of the
 * real sizes taken from a request the use cases stored, and no Qyzmet code on the path — no validation, no
 * deadline, no JSON writing or reading. {@code perCommit} requests share one commit, as if group commit
 * had gathered them, from one thread.
 *
 * <p>Per request: look the idempotency key up; insert the row with its key; insert the submitted event;
 * read the row joined with its history; update the row on its revision; insert the accepted event. With
 * {@code perCommit = 1} each of the two writes commits on its own, as the repository does without
 * concurrent callers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 8)
@Measurement(iterations = 3, time = 8)
public class BareStatementsBenchmark {

    private static final int BATCH = 64;
    /** The account whose idempotency keys the floor uses (the applicant's, as a portal submission stores it). */
    private static final String ACCOUNT = "061211600012";

    /** {@code h2} (the embedded file database, as the server runs it) or {@code postgres} (127.0.0.1:5432/test). */
    @Param({"h2", "postgres"})
    public String store;

    /** How many requests one commit holds: 1, or a group of concurrent callers' requests. */
    @Param({"1", "16"})
    public int perCommit;

    private SubmitAcceptBenchmark.Store opened;
    private Connection connection;
    private String submission;
    private String submittedEvent;
    private String acceptedEvent;
    private long done;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        opened = SubmitAcceptBenchmark.Store.open(store);
        if (opened.dataSource() == null) {
            throw new IllegalArgumentException("store: must be h2 or postgres, not " + store);
        }
        SubmitAcceptBenchmark.submitAndAccept(SubmitAcceptBenchmark.qyzmet(opened.repository()));
        connection = opened.dataSource().getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT r.submission, e.seq, e.payload FROM service_requests r "
                + "JOIN request_events e ON e.request_id = r.id ORDER BY e.seq"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                submission = rows.getString(1);
                if (rows.getInt(2) == 0) {
                    submittedEvent = rows.getString(3);
                } else {
                    acceptedEvent = rows.getString(3);
                }
            }
        }
        if (submission == null || submittedEvent == null || acceptedEvent == null) {
            throw new IllegalStateException("setup: the stored request was not found with its two events");
        }
        connection.setAutoCommit(false);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM service_requests WHERE status = 'ACCEPTED'");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            if (rows.getLong(1) < done) {
                throw new IllegalStateException("teardown: " + done + " requests written, " + rows.getLong(1) + " stored");
            }
        }
        connection.close();
        opened.close();
    }

    /** {@value #BATCH} requests submitted and accepted, committed every {@code perCommit} requests. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int submitAndAccept() throws SQLException {
        int read = 0;
        for (int i = 0; i < BATCH; i++) {
            UUID id = RequestId.timeOrdered(Instant.now(), UUID.randomUUID()).value();
            Timestamp now = Timestamp.from(Instant.now());
            String key = "bare-" + UUID.randomUUID();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, fingerprint FROM service_requests WHERE idempotency_account = ? AND idempotency_key = ?")) {
                // as the repository asks it (V6: keys are unique per account); by the key alone no index serves it
                select.setString(1, ACCOUNT);
                select.setString(2, key);
                try (ResultSet rows = select.executeQuery()) {
                    read += rows.next() ? 1 : 0;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO service_requests (id, service, channel, provider, "
                    + "applicant_iin, status, revision, received_at, submission, idempotency_key, fingerprint, idempotency_account, next_watch_epoch, "
                    + "watch_per_mille, last_event_at, open_due_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                // a submitted request has no deadline yet: nothing to watch, no open due second (as the repository writes it)
                bind(insert, id, "803005", "PROVIDER_OFFICE", "school-1", "061211600012", "SUBMITTED", 1, now, submission, key, "f".repeat(64),
                        ACCOUNT, null, null, now, null);
                insert.executeUpdate();
            }
            event(id, 0, "RequestSubmitted", now, submittedEvent);
            if (perCommit == 1) {
                connection.commit();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT id, status, channel, revision, submission, e.seq, e.payload "
                    + "FROM service_requests r LEFT JOIN request_events e ON e.request_id = r.id WHERE r.id = ? ORDER BY e.seq")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read += rows.getString(7).length();
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE service_requests SET status = ?, revision = ?, accepted_at = ?, "
                    + "due_at = ?, executor = ?, accepted_epoch = ?, due_epoch = ?, next_watch_epoch = ?, watch_per_mille = ?, last_event_at = ?, "
                    + "open_due_epoch = ? WHERE id = ? AND revision = ?")) {
                // the columns of the watch, the report and the open worklists (V15-V17): the term's at-risk second under the
                // default share, the share, the acceptance as the latest event, the due second while open
                long accepted = now.getTime() / 1000;
                long due = accepted + 1_814_400;
                bind(update, "ACCEPTED", 2, now, now, null, accepted, due, due - 1_814_400 / 5, 200, now, due, id, 1);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("the row of " + id + " was not updated");
                }
            }
            event(id, 1, "RequestAccepted", now, acceptedEvent);
            done++;
            if (done % perCommit == 0) {
                connection.commit();
            }
        }
        return read;
    }

    private void event(UUID id, int seq, String type, Timestamp at, String payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO request_events (request_id, seq, type, at, actor_user, actor_role, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, id, seq, type, at, "clerk", "INTAKE_OFFICER", payload);
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
