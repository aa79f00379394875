package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.RequestNotFoundException;
import kz.qyzmet.application.request.port.out.ChangedRequest;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.NewRequest;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;

/**
 * Service requests in a relational database (H2 or PostgreSQL, schema by Flyway, see {@link JdbcStorage}):
 * a row per request with the columns its worklists query, and its append-only history in
 * {@code request_events}, written in the same transaction. A change is stored only if the row's revision
 * is still the one the change started from. SQL uses bind parameters only.
 *
 * <p>A change that names the revision it starts from ({@link #findAt}) is given the request without a read where this
 * process committed it last at that revision ({@link CommittedRequests}, shared by every repository of a
 * {@link JdbcStorage}): an acceptance right after the submission costs its write alone. Reads without a revision
 * ({@link #find(RequestId)}, worklists, reports) always go to the database.
 */
public final class JdbcRequestRepository implements RequestRepository {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, service, channel, provider, applicant_iin, representative_iin, status, revision, received_at, "
            + "accepted_at, due_at, executor, accepted_epoch, due_epoch, submission";
    /** What a monthly report reads of a row: its facts (V18), and the columns they do not repeat. */
    private static final String FACT_COLUMNS = "id, service, channel, received_at, report_facts";
    private static final String INSERT_REQUEST = "INSERT INTO service_requests (" + COLUMNS
            + ", idempotency_key, fingerprint, idempotency_account, next_watch_epoch, watch_per_mille, last_event_at, open_due_epoch, report_facts)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_REQUEST = "UPDATE service_requests SET status = ?, revision = ?, "
            + "accepted_at = ?, due_at = ?, executor = ?, accepted_epoch = ?, due_epoch = ?, "
            + "next_watch_epoch = ?, watch_per_mille = ?, last_event_at = ?, open_due_epoch = ?, report_facts = ? WHERE id = ? AND revision = ?";
    private static final String INSERT_EVENT = "INSERT INTO request_events (request_id, seq, type, at, actor_user, actor_role, payload) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** The events' columns after the request's id, as the whole form of a write selects them from its values. */
    private static final String EVENT_VALUES = "(CAST(? AS INTEGER), CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(32)), CAST(? AS TEXT))";
    /** Requests whose histories one statement reads: a page of the deadline watch, a slice of a report. */
    static final int EVENTS_PER_QUERY = 500;

    private final DataSource dataSource;
    private final Transactions transactions;
    /**
     * One JSON form for every repository of the process: its mappers build their readers for each stored kind on first
     * use and keep them, so a repository made per call (as {@link JdbcStorage#requests()} makes them) reads at the
     * speed of one kept for the process, not at the speed of a cold mapper (milliseconds per event).
     */
    private static final RequestJson JSON = new RequestJson();

    private final boolean wholeWrites;
    private final StoredRequestRows stored = new StoredRequestRows(JSON);
    /** What this process committed last of each request it wrote (shared by the repositories of a storage). */
    private final CommittedRequests committed;

    /** A repository writing each change in a transaction of its own (statement by statement, on any database). */
    public JdbcRequestRepository(DataSource dataSource) {
        this(dataSource, Transactions.separate(dataSource), false, new CommittedRequests());
    }

    /**
     * @param wholeWrites whether a write that has its transaction to itself is sent as one statement committed as
     *                    it runs (PostgreSQL's {@code WITH ... RETURNING}; H2 has no data-changing {@code WITH})
     */
    JdbcRequestRepository(DataSource dataSource, Transactions transactions, boolean wholeWrites, CommittedRequests committed) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
        this.transactions = Objects.requireNonNull(transactions, "transactions: required");
        this.wholeWrites = wholeWrites;
        this.committed = Objects.requireNonNull(committed, "committed: required");
    }

    /**
     * The request as this process committed it last, if that was at {@code revision}, restored from the text it
     * wrote through the same checks as a read; otherwise read as {@link #find(RequestId)} reads it. What a request held
     * at a revision never changes (a revision is written once), so the answer is what a read at the moment of that
     * commit gave. If another process (a second server on the database) has moved the request on since, a change made
     * from this answer fails on saving with {@link ConcurrentUpdateException} (HTTP 409, "reload and try again"),
     * where after a read it fails before the change with a stale revision (412, the same advice): the answer a
     * read would give had the other server's change come just after it, which it may always do. A request removed from
     * the database since is not found on saving ({@link RequestNotFoundException}), as it is on reading.
     */
    @Override
    public Optional<ServiceRequest> findAt(RequestId id, int revision) {
        Optional<CommittedRequests.Committed> kept = committed.at(id.value(), revision);
        if (kept.isEmpty()) {
            return find(id);
        }
        CommittedRequests.Committed request = kept.get();
        return Optional.of(stored.restore(new StoredRequestRows.Row(id.value(), request.status(), request.channel(), request.revision(),
                request.submission()), request.events()));
    }

    /** The request with its history, read in one statement (the row joined with its events). */
    @Override
    public Optional<ServiceRequest> find(RequestId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + ", e.seq, e.payload FROM service_requests r"
                     + " LEFT JOIN request_events e ON e.request_id = r.id WHERE r.id = ? ORDER BY e.seq")) {
            select.setObject(1, id.value());
            StoredRequestRows.Row row = null;
            List<String> events = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    if (row == null) {
                        row = row(result);
                    }
                    String payload = result.getString("payload");
                    if (payload != null) {
                        StoredRequestRows.addInSequence(events, row.id(), result.getInt("seq"), payload);
                    }
                }
            }
            return row == null ? Optional.empty() : Optional.of(stored.restore(row, events));
        } catch (SQLException e) {
            throw new StorageException("reading request " + id + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void add(ServiceRequest request, IdempotencyRecord idempotency, AtRiskShare watchShare) {
        Objects.requireNonNull(watchShare, "watchShare: required");
        write("storing request " + request.id(), addition(request, idempotency, watchShare));
    }

    /**
     * Stores the new requests as {@link #add} does, all queued for the group commit at once, so that they share
     * transactions (and batches) instead of taking a commit each; each is stored whole or fails alone.
     */
    @Override
    public List<Optional<RuntimeException>> addEach(List<NewRequest> requests, AtRiskShare watchShare) {
        Objects.requireNonNull(watchShare, "watchShare: required");
        List<Write> writes = new ArrayList<>(requests.size());
        for (NewRequest request : requests) {
            writes.add(addition(request.request(), request.idempotency(), watchShare));
        }
        return writeEach("storing a register of " + requests.size() + " requests", writes);
    }

    private Write addition(ServiceRequest request, IdempotencyRecord idempotency, AtRiskShare watchShare) {
        // the JSON is written before the transaction, so that a shared (group) commit does not wait for it
        String submissionJson = JSON.write(request.submission());
        String facts = StoredReportFacts.write(ReportFacts.of(request));
        BatchableWrite.ErrorMeaning keyTaken = e -> idempotency != null && UNIQUE_VIOLATION.equals(e.getSQLState())
                && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("idempotency_key")
                ? new IdempotencyConflictException(idempotency.key()) : null;
        BatchableWrite.Builder write = BatchableWrite.of(request.id().value()).statement(BatchableWrite.Phase.ROW, INSERT_REQUEST,
                insert -> bindRequest(insert, request, submissionJson, facts, idempotency, watchShare), null, keyTaken);
        List<StoredEvent> events = storedEvents(request, 0);
        appendEvents(write, request, events);
        if (wholeWrites && !events.isEmpty()) {
            write.whole(whole(INSERT_REQUEST, events.size()), insert -> {
                bindRequest(insert, request, submissionJson, facts, idempotency, watchShare);
                bindEventValues(insert, 24, events);
            }, null, keyTaken);
        }
        return new Write(request.id(), write.build(), new CommittedRequests.Committed(request.status().name(),
                request.submission().channel().name(), request.revision(), submissionJson, payloads(events)));
    }

    /**
     * The whole form of a write (see {@link BatchableWrite#runAlone}): the row's insert or update, and the insert of
     * its events selected from the row it returns — none if an update found the row at another revision.
     */
    private static String whole(String rowChange, int events) {
        return "WITH r AS (" + rowChange + " RETURNING id) INSERT INTO request_events "
                + "(request_id, seq, type, at, actor_user, actor_role, payload) SELECT r.id, e.seq, e.type, e.at, e.actor_user, e.actor_role, "
                + "e.payload FROM r CROSS JOIN (VALUES " + String.join(", ", java.util.Collections.nCopies(events, EVENT_VALUES))
                + ") AS e (seq, type, at, actor_user, actor_role, payload)";
    }

    /**
     * Stores many new requests, with their histories, in one transaction of JDBC batches: the rows {@link #add}
     * writes, bound by the same code, without an idempotency key. For loading data (an import, the benchmarks'
     * generated city), not for the use cases: nothing checks that a request is new before the insert, and a
     * request already stored fails the whole batch.
     *
     * @param requests the requests, each not stored yet
     * @param watchShare the at-risk share their next-watch instants are computed with (the deployment's)
     * @throws StorageException if the batch fails; then none of the requests is stored
     */
    public void addAll(List<ServiceRequest> requests, AtRiskShare watchShare) {
        Objects.requireNonNull(requests, "requests: required");
        Objects.requireNonNull(watchShare, "watchShare: required");
        if (requests.isEmpty()) {
            return;
        }
        List<String> submissions = new ArrayList<>(requests.size());
        List<String> facts = new ArrayList<>(requests.size());
        List<List<StoredEvent>> histories = new ArrayList<>(requests.size());
        for (ServiceRequest request : requests) {
            submissions.add(JSON.write(request.submission()));
            facts.add(StoredReportFacts.write(ReportFacts.of(request)));
            histories.add(storedEvents(request, 0));
        }
        try (Connection connection = dataSource.getConnection()) {
            Transactions.commit(connection, transaction -> {
                try (PreparedStatement rows = transaction.prepareStatement(INSERT_REQUEST);
                     PreparedStatement events = transaction.prepareStatement(INSERT_EVENT)) {
                    for (int i = 0; i < requests.size(); i++) {
                        bindRequest(rows, requests.get(i), submissions.get(i), facts.get(i), null, watchShare);
                        rows.addBatch();
                        bindEvents(events, requests.get(i), histories.get(i));
                    }
                    rows.executeBatch();
                    events.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw new StorageException("storing " + requests.size() + " requests in a batch failed: " + e.getMessage(), e);
        }
    }

    private void bindRequest(PreparedStatement insert, ServiceRequest request, String submissionJson, String facts,
                             IdempotencyRecord idempotency, AtRiskShare watchShare) throws SQLException {
        Submission submission = request.submission();
        insert.setObject(1, request.id().value());
        insert.setString(2, submission.service().value());
        insert.setString(3, submission.channel().name());
        insert.setString(4, submission.provider().value());
        insert.setString(5, submission.applicant().iin().value());
        insert.setString(6, submission.applicant().representative() == null ? null : submission.applicant().representative().iin().value());
        insert.setString(7, request.status().name());
        insert.setInt(8, request.revision());
        insert.setTimestamp(9, Timestamp.from(submission.receivedAt()));
        setProjection(insert, 10, request);
        insert.setString(15, submissionJson);
        insert.setString(16, idempotency == null ? null : idempotency.key());
        insert.setString(17, idempotency == null ? null : idempotency.fingerprint());
        insert.setString(18, idempotency == null ? null : idempotency.account());
        setWatch(insert, 19, request, watchShare);
        insert.setString(23, facts);
    }

    @Override
    public void update(ServiceRequest request, int expectedRevision, AtRiskShare watchShare) {
        Objects.requireNonNull(watchShare, "watchShare: required");
        write("storing a change to request " + request.id(), change(request, expectedRevision, watchShare));
    }

    /**
     * Stores the changes as {@link #update} does, all queued for the group commit at once, so that a register accepted
     * together shares transactions (and batches) instead of taking a commit each. The revision is checked row by row:
     * a stale change fails alone (the group is then written again change by change, each under a savepoint) and the
     * others are stored, each with its events.
     */
    @Override
    public List<Optional<RuntimeException>> updateEach(List<ChangedRequest> changes, AtRiskShare watchShare) {
        Objects.requireNonNull(watchShare, "watchShare: required");
        List<Write> writes = new ArrayList<>(changes.size());
        for (ChangedRequest change : changes) {
            writes.add(change(change.request(), change.expectedRevision(), watchShare));
        }
        return writeEach("storing changes to a register of " + changes.size() + " requests", writes);
    }

    private Write change(ServiceRequest request, int expectedRevision, AtRiskShare watchShare) {
        // the row's update, or in the whole form the events' insert that it feeds, changes nothing if the revision moved
        BatchableWrite.CountCheck onRevision = (count, connection) -> {
            if (count == 0) {
                throw new ConcurrentUpdateException(request.id(), expectedRevision, storedRevision(connection, request.id()));
            }
        };
        String facts = StoredReportFacts.write(ReportFacts.of(request));
        BatchableWrite.Builder write = BatchableWrite.of(request.id().value()).statement(BatchableWrite.Phase.ROW, UPDATE_REQUEST,
                update -> bindUpdate(update, request, facts, expectedRevision, watchShare), onRevision, null);
        List<StoredEvent> events = storedEvents(request, expectedRevision);
        appendEvents(write, request, events);
        if (wholeWrites && !events.isEmpty()) {
            write.whole(whole(UPDATE_REQUEST, events.size()), update -> {
                bindUpdate(update, request, facts, expectedRevision, watchShare);
                bindEventValues(update, 15, events);
            }, onRevision, null);
        }
        // known after the commit only if this process committed the revision the change starts from
        CommittedRequests.Committed after = committed.at(request.id().value(), expectedRevision)
                .map(before -> before.then(request.status().name(), request.revision(), payloads(events))).orElse(null);
        return new Write(request.id(), write.build(), after);
    }

    private void bindUpdate(PreparedStatement update, ServiceRequest request, String facts, int expectedRevision, AtRiskShare watchShare)
            throws SQLException {
        update.setString(1, request.status().name());
        update.setInt(2, request.revision());
        setProjection(update, 3, request);
        setWatch(update, 8, request, watchShare);
        update.setString(12, facts);
        update.setObject(13, request.id().value());
        update.setInt(14, expectedRevision);
    }

    @Override
    public Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, fingerprint FROM service_requests WHERE idempotency_account = ? AND idempotency_key = ?")) {
            select.setString(1, account);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IdempotencyRecord(account, key, new RequestId(rows.getObject(1, UUID.class)), rows.getString(2).strip()));
            }
        } catch (SQLException e) {
            throw new StorageException("reading an idempotency key failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ServiceRequest> find(WorklistCriteria criteria) {
        WorklistSql worklist = WorklistSql.worklist(COLUMNS, criteria);
        return query(worklist.sql(), worklist.parameters(), "a worklist");
    }

    @Override
    public List<ServiceRequest> findOpenWithDeadline(RequestId after, int limit) {
        WorklistSql open = WorklistSql.openWithDeadline(COLUMNS, after, limit);
        return query(open.sql(), open.parameters(), "open requests with a deadline");
    }

    /**
     * Reads the rows whose next-watch second has come for the share, and those stored with another share (see
     * {@link WorklistSql#dueForWatch}); what it restores is what the watch pays for.
     */
    @Override
    public List<ServiceRequest> findDueForWatch(Instant now, AtRiskShare watchShare, RequestId after, int limit) {
        WorklistSql due = WorklistSql.dueForWatch(COLUMNS, now, watchShare, after, limit);
        return query(due.sql(), due.parameters(), "the requests due for the deadline watch");
    }

    private List<ServiceRequest> query(String sql, List<Object> parameters, String what) {
        try (Connection connection = dataSource.getConnection()) {
            return load(connection, sql, statement -> {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
            });
        } catch (SQLException e) {
            throw new StorageException("reading " + what + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ServiceRequest> find(ReportCriteria criteria) {
        WorklistSql report = WorklistSql.report(COLUMNS, criteria);
        return query(report.sql(), report.parameters(), "the requests of a report");
    }

    /**
     * Reads the facts kept in each row (V18) and nothing else: no history, no submission. A row without facts of the
     * current form (stored before V18, or under another {@link StoredReportFacts#FORMAT}) is restored whole and its facts
     * derived, so a report over old rows is right, and as slow as before for those rows, until they are written again.
     * The rows are ordered here, as {@link #find(ReportCriteria)}'s SQL orders them (time received, then id as the
     * databases compare UUIDs: unsigned, byte by byte), not by the database: its sort of the department's month spilled to
     * disk. On PostgreSQL the query runs without JIT compilation (see {@link #withoutJit}).
     */
    @Override
    public List<ReportFacts> reportFacts(ReportCriteria criteria) {
        try (Connection connection = dataSource.getConnection()) {
            return withoutJit(connection, () -> reportFacts(connection, criteria));
        } catch (SQLException e) {
            throw new StorageException("reading the report facts of a month failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a read of a monthly report on the connection, on PostgreSQL in a transaction of its own with JIT compilation
     * off ({@code SET LOCAL jit = off}; on H2 as it is). PostgreSQL compiles a query whose estimated cost passes
     * {@code jit_above_cost}, as the department's month does at a million requests, and the compilation took 20–45 ms
     * of each report, whose time goes to fetching heap pages, not to evaluating expressions that compiled code would
     * speed up (docs/BENCHMARKS.md, "The department's month within 500 ms?"). {@code SET LOCAL} ends with the
     * transaction, so the pooled connection goes back as it came.
     */
    private static <T> T withoutJit(Connection connection, ReportRead<T> read) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return read.run();
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (java.sql.Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL jit = off");
            }
            T result = read.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** A read of a monthly report on a connection given to it. */
    @FunctionalInterface
    private interface ReportRead<T> {
        T run() throws SQLException;
    }

    private List<ReportFacts> reportFacts(Connection connection, ReportCriteria criteria) throws SQLException {
        WorklistSql report = WorklistSql.reportUnordered(FACT_COLUMNS, criteria);
        List<FactRow> rows = new ArrayList<>();
        Map<UUID, FactRow> missing = new LinkedHashMap<>();
        // a provider's month holds a handful of services: each read (and checked) once, not once a row
        Map<String, ServiceId> services = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(report.sql())) {
            for (int i = 0; i < report.parameters().size(); i++) {
                select.setObject(i + 1, report.parameters().get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    UUID id = result.getObject(1, UUID.class);
                    String text = result.getString(5);
                    Optional<ReportFacts> kept = text == null ? Optional.empty() : StoredReportFacts.read(id.toString(), text,
                            criteria.provider(), services.computeIfAbsent(result.getString(2), ServiceId::of), Channel.valueOf(result.getString(3)));
                    FactRow row = new FactRow(id, result.getTimestamp(4).toInstant(), kept.orElse(null));
                    rows.add(row);
                    if (kept.isEmpty()) {
                        missing.put(id, row);
                    }
                }
            }
        }
        List<UUID> ids = new ArrayList<>(missing.keySet());
        for (int from = 0; from < ids.size(); from += EVENTS_PER_QUERY) {
            List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + EVENTS_PER_QUERY));
            for (ServiceRequest request : load(connection, "SELECT " + COLUMNS + " FROM service_requests WHERE id IN ("
                    + String.join(", ", slice.stream().map(id -> "?").toList()) + ")", statement -> {
                int i = 1;
                for (UUID id : slice) {
                    statement.setObject(i++, id);
                }
            })) {
                missing.get(request.id().value()).facts = ReportFacts.of(request);
            }
        }
        rows.sort(FactRow.ORDER);
        List<ReportFacts> facts = new ArrayList<>(rows.size());
        for (FactRow row : rows) {
            facts.add(row.facts);
        }
        return facts;
    }

    /** A row of the report's facts query, with what it is ordered by. */
    private static final class FactRow {
        /** As the databases order {@code received_at, id}: UUIDs unsigned, most significant bits first. */
        static final java.util.Comparator<FactRow> ORDER = (a, b) -> {
            int received = a.receivedAt.compareTo(b.receivedAt);
            if (received != 0) {
                return received;
            }
            int high = Long.compareUnsigned(a.id.getMostSignificantBits(), b.id.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.id.getLeastSignificantBits(), b.id.getLeastSignificantBits());
        };

        final UUID id;
        final Instant receivedAt;
        ReportFacts facts;

        FactRow(UUID id, Instant receivedAt, ReportFacts facts) {
            this.id = id;
            this.receivedAt = receivedAt;
            this.facts = facts;
        }
    }

    /**
     * How the database runs a worklist's query: the lines of its {@code EXPLAIN ANALYZE} (the query is executed), for
     * tuning indexes against real data (docs/BENCHMARKS.md). Reads nothing but the plan.
     */
    public List<String> explain(WorklistCriteria criteria) {
        return explain(WorklistSql.worklist(COLUMNS, criteria));
    }

    /** How the database runs one page of the deadline watch's walk over open requests; see {@link #explain(WorklistCriteria)}. */
    public List<String> explainOpenWithDeadline(RequestId after, int limit) {
        return explain(WorklistSql.openWithDeadline(COLUMNS, after, limit));
    }

    /** How the database runs one page of the deadline watch's selective walk; see {@link #explain(WorklistCriteria)}. */
    public List<String> explainDueForWatch(Instant now, AtRiskShare watchShare, RequestId after, int limit) {
        return explain(WorklistSql.dueForWatch(COLUMNS, now, watchShare, after, limit));
    }

    /** How the database runs the query of a monthly report's facts ({@link #reportFacts}); see {@link #explain(WorklistCriteria)}. */
    public List<String> explain(ReportCriteria criteria) {
        try (Connection connection = dataSource.getConnection()) {
            return withoutJit(connection, () -> explain(connection, WorklistSql.reportUnordered(FACT_COLUMNS, criteria)));
        } catch (SQLException e) {
            throw new StorageException("explaining a query failed: " + e.getMessage(), e);
        }
    }

    /** How the database runs the query of the whole requests of a monthly report ({@link #find(ReportCriteria)}). */
    public List<String> explainWholeReport(ReportCriteria criteria) {
        return explain(WorklistSql.report(COLUMNS, criteria));
    }

    private List<String> explain(WorklistSql query) {
        try (Connection connection = dataSource.getConnection()) {
            return explain(connection, query);
        } catch (SQLException e) {
            throw new StorageException("explaining a query failed: " + e.getMessage(), e);
        }
    }

    private static List<String> explain(Connection connection, WorklistSql query) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                explain.setObject(i + 1, query.parameters().get(i));
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.addAll(List.of(rows.getString(1).split("\n")));
                }
            }
            return plan;
        }
    }

    private void setProjection(PreparedStatement statement, int first, ServiceRequest request) throws SQLException {
        Optional<Deadline> deadline = request.deadline();
        if (deadline.isPresent()) {
            statement.setTimestamp(first, Timestamp.from(deadline.get().acceptance().acceptedAt()));
            statement.setTimestamp(first + 1, Timestamp.from(deadline.get().dueAt()));
        } else {
            statement.setNull(first, Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setNull(first + 1, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        statement.setString(first + 2, request.executor().map(Object::toString).orElse(null));
        if (deadline.isPresent()) {
            statement.setLong(first + 3, deadline.get().acceptance().acceptedAt().getEpochSecond());
            statement.setLong(first + 4, deadline.get().dueAt().getEpochSecond());
        } else {
            statement.setNull(first + 3, Types.BIGINT);
            statement.setNull(first + 4, Types.BIGINT);
        }
    }

    /**
     * The columns the deadline watch, the report and the overdue and at-risk worklists select by: the request's
     * next-watch instant for the share, to the second it falls in, with the share (both null when nothing is left to
     * watch at any share), the time of its latest event, and its due second while it is open (null once closed).
     */
    private static void setWatch(PreparedStatement statement, int first, ServiceRequest request, AtRiskShare watchShare)
            throws SQLException {
        Optional<Instant> next = request.nextWatch(watchShare);
        if (next.isPresent()) {
            statement.setLong(first, next.get().getEpochSecond());
            statement.setInt(first + 1, watchShare.perMille());
        } else {
            statement.setNull(first, Types.BIGINT);
            statement.setNull(first + 1, Types.INTEGER);
        }
        Instant lastEvent = request.history().stream().map(event -> event.header().at()).max(Instant::compareTo)
                .orElse(request.submission().receivedAt());
        statement.setTimestamp(first + 2, Timestamp.from(lastEvent));
        Optional<Deadline> deadline = request.deadline();
        if (deadline.isPresent() && !request.status().terminal()) {
            statement.setLong(first + 3, deadline.get().dueAt().getEpochSecond());
        } else {
            statement.setNull(first + 3, Types.BIGINT);
        }
    }

    /** The events of the request's history from {@code from} on, in the form they are stored. */
    private List<StoredEvent> storedEvents(ServiceRequest request, int from) {
        List<RequestEvent> history = request.history();
        List<StoredEvent> events = new ArrayList<>(history.size() - from);
        for (int seq = from; seq < history.size(); seq++) {
            events.add(new StoredEvent(seq, history.get(seq), JSON.write(history.get(seq))));
        }
        return events;
    }

    private static void appendEvents(BatchableWrite.Builder write, ServiceRequest request, List<StoredEvent> events) {
        for (StoredEvent stored : events) {
            write.statement(BatchableWrite.Phase.HISTORY, INSERT_EVENT, insert -> bindEvent(insert, request, stored));
        }
    }

    /** Adds the events to the statement's batch, one row each. */
    private static void bindEvents(PreparedStatement insert, ServiceRequest request, List<StoredEvent> events) throws SQLException {
        for (StoredEvent stored : events) {
            bindEvent(insert, request, stored);
            insert.addBatch();
        }
    }

    private static void bindEvent(PreparedStatement insert, ServiceRequest request, StoredEvent stored) throws SQLException {
        insert.setObject(1, request.id().value());
        bindEventValues(insert, 2, stored);
    }

    /** The events' values after the request's id, one event after the other from parameter {@code first} on. */
    private static void bindEventValues(PreparedStatement statement, int first, List<StoredEvent> events) throws SQLException {
        for (int i = 0; i < events.size(); i++) {
            bindEventValues(statement, first + 6 * i, events.get(i));
        }
    }

    private static void bindEventValues(PreparedStatement statement, int first, StoredEvent stored) throws SQLException {
        RequestEvent event = stored.event();
        statement.setInt(first, stored.seq());
        statement.setString(first + 1, event.typeName());
        statement.setTimestamp(first + 2, Timestamp.from(event.header().at()));
        statement.setString(first + 3, event.header().actor().user().value());
        statement.setString(first + 4, event.header().actor().role().name());
        statement.setString(first + 5, stored.payload());
    }

    private static int storedRevision(Connection connection, RequestId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT revision FROM service_requests WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    // a change from a request handed out without a read (findAt) of a row removed since: as a read finds it
                    throw new RequestNotFoundException(id.toString());
                }
                return rows.getInt(1);
            }
        }
    }

    private List<ServiceRequest> load(Connection connection, String sql, Binder binder) throws SQLException {
        Map<UUID, StoredRequestRows.Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            binder.bind(select);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    StoredRequestRows.Row row = row(result);
                    rows.put(row.id(), row);
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> events = new LinkedHashMap<>();
        List<UUID> ids = new ArrayList<>(rows.keySet());
        // the histories in slices, so that a statement stays small whatever a report holds (a city's department has tens of
        // thousands of requests a month; PostgreSQL takes at most 65,535 parameters in one statement)
        for (int from = 0; from < ids.size(); from += EVENTS_PER_QUERY) {
            List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + EVENTS_PER_QUERY));
            String placeholders = String.join(", ", slice.stream().map(id -> "?").toList());
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT request_id, seq, payload FROM request_events WHERE request_id IN (" + placeholders + ") ORDER BY request_id, seq")) {
                int i = 1;
                for (UUID id : slice) {
                    select.setObject(i++, id);
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        UUID id = result.getObject(1, UUID.class);
                        StoredRequestRows.addInSequence(events.computeIfAbsent(id, key -> new ArrayList<>()), id, result.getInt(2), result.getString(3));
                    }
                }
            }
        }
        List<ServiceRequest> requests = new ArrayList<>();
        for (StoredRequestRows.Row row : rows.values()) {
            requests.add(stored.restore(row, events.getOrDefault(row.id(), List.of())));
        }
        return requests;
    }

    private static StoredRequestRows.Row row(ResultSet result) throws SQLException {
        return new StoredRequestRows.Row(result.getObject("id", UUID.class), result.getString("status"), result.getString("channel"), result.getInt("revision"),
                result.getString("submission"));
    }

    /** Commits the write, then remembers what it stored; a write that fails is forgotten, and the failure thrown. */
    private void write(String what, Write write) {
        try {
            transactions.write(what, write.work());
        } catch (RuntimeException e) {
            committed.forget(write.id().value());
            throw e;
        }
        write.stored(committed);
    }

    /** Commits the writes as {@link Transactions#writeEach} does, and remembers what each one committed stored. */
    private List<Optional<RuntimeException>> writeEach(String what, List<Write> writes) {
        List<Optional<RuntimeException>> outcomes;
        try {
            outcomes = transactions.writeEach(what, writes.stream().<Transactions.Work>map(Write::work).toList());
        } catch (RuntimeException e) {
            writes.forEach(write -> committed.forget(write.id().value()));
            throw e;
        }
        for (int i = 0; i < writes.size(); i++) {
            if (i < outcomes.size() && outcomes.get(i).isEmpty()) {
                writes.get(i).stored(committed);
            } else {
                committed.forget(writes.get(i).id().value());
            }
        }
        return outcomes;
    }

    private static List<String> payloads(List<StoredEvent> events) {
        List<String> payloads = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            payloads.add(event.payload());
        }
        return payloads;
    }

    /** A write, and the request as it stores it, to remember once it is committed (null where that is not known). */
    private record Write(RequestId id, BatchableWrite work, CommittedRequests.Committed afterCommit) {

        void stored(CommittedRequests committed) {
            if (afterCommit == null) {
                committed.forget(id.value());
            } else {
                committed.committed(id.value(), afterCommit);
            }
        }
    }

    /** An event of a request's history with its number and its JSON form. */
    private record StoredEvent(int seq, RequestEvent event, String payload) {
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
