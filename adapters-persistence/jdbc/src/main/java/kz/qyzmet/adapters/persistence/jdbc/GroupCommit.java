package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import kz.qyzmet.application.request.port.out.StoreBusyException;

/**
 * Group commit: the writes of concurrent callers share one transaction and one commit. A caller queues its
 * write and waits for the writer's permit; whoever holds it takes every write queued so far — its own and
 * those that arrived while the previous group was being written — commits them once, and tells each caller
 * how its write went. A caller returns only after the commit that holds its write.
 *
 * <p>When every write of a group is a {@link BatchableWrite}, the same statement of all of them goes to the
 * database as one JDBC batch (one round trip, and on PostgreSQL one multi-row insert). If anything in the
 * batches goes wrong — a key already taken, a revision that moved, a deadlock — the transaction is rolled
 * back and the group written again one write at a time, each under a savepoint, so that the write that
 * failed fails alone with its own error and the others are stored. If the commit fails, every write of the
 * group fails.
 *
 * <p>Several groups may be written at once (on PostgreSQL): each writer takes what is queued when it starts, and
 * writes it in the order of its keys, so that two groups changing the same requests lock them in one order. A group
 * that still meets another's lock crosswise (two new requests under the same two idempotency keys) is ended by the
 * database's deadlock detection and written again one write at a time, as any failed batch is.
 *
 * <p>This pays off where the commit is the expensive part: the embedded H2 database writes a new chunk of
 * its store at every commit, PostgreSQL flushes its log (docs/BENCHMARKS.md).
 */
final class GroupCommit implements Transactions {

    /** The most writes in one transaction. */
    static final int MAX_GROUP = 64;

    private final DataSource dataSource;
    private final Semaphore writers;
    /**
     * Groups written as batches share this lock; a group written again one write at a time, in the order its writes
     * came in, holds it alone. The batches lock the rows of their requests in the order of their keys, so several may
     * run at once; a group written one by one does not (a register's first write of a key must win over its later
     * ones), and beside another group it could lock the same requests in another order and end in a deadlock, which
     * its caller would get as a storage failure rather than as the concurrent change it is.
     */
    private final ReadWriteLock oneByOne = new ReentrantReadWriteLock(true);
    private final Lock groupsInBatches = oneByOne.readLock();
    private final Lock groupOneByOne = oneByOne.writeLock();
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final LongAdder writes = new LongAdder();
    private final LongAdder transactions = new LongAdder();

    /** One group written at a time. */
    GroupCommit(DataSource dataSource) {
        this(dataSource, 1);
    }

    /**
     * @param groupsAtOnce how many groups may be written at the same time, each on its own connection: one where the
     *                     database writes one transaction at a time anyway (embedded H2: one store, one writer), more
     *                     where it flushes concurrent commits together itself (PostgreSQL's log), so that a group does
     *                     not wait for the previous one's flush
     */
    GroupCommit(DataSource dataSource, int groupsAtOnce) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
        if (groupsAtOnce < 1) {
            throw new IllegalArgumentException("groupsAtOnce: must be at least 1, was " + groupsAtOnce);
        }
        this.writers = new Semaphore(groupsAtOnce);
    }

    /** How many writes were committed so far, in how many transactions. */
    SharedCommits shared() {
        return new SharedCommits(writes.sum(), transactions.sum());
    }

    /** A queued write and, once its group is written, how it went. */
    private static final class Pending {
        final String what;
        final Work work;
        final CountDownLatch written = new CountDownLatch(1);
        volatile boolean taken;
        RuntimeException failure;

        Pending(String what, Work work) {
            this.what = what;
            this.work = work;
        }
    }

    @Override
    public void write(String what, Work work) {
        Pending pending = new Pending(what, work);
        queue.add(pending);
        writeUntilTaken(List.of(pending));
        RuntimeException failure = awaitWritten(pending);
        if (failure != null) {
            throw failure;
        }
    }

    /** All the writes queued at once, so that they share groups (a register of requests handed in together). */
    @Override
    public List<Optional<RuntimeException>> writeEach(String what, List<Work> works) {
        List<Pending> mine = works.stream().map(work -> new Pending(what, work)).toList();
        queue.addAll(mine);
        writeUntilTaken(mine);
        List<Optional<RuntimeException>> failures = new ArrayList<>(mine.size());
        for (Pending pending : mine) {
            failures.add(Optional.ofNullable(awaitWritten(pending)));
        }
        return failures;
    }

    /** Takes the writer's permit, as often as it takes, until another writer or this one has taken every write into a group. */
    private void writeUntilTaken(List<Pending> writes) {
        for (Pending pending : writes) {
            while (!pending.taken) {
                writers.acquireUninterruptibly();
                try {
                    if (!pending.taken) {
                        writeGroup();
                    }
                } finally {
                    writers.release();
                }
            }
        }
    }

    /** Waits until the write's group is committed or rolled back; returns the write's failure, null if it is stored. */
    private static RuntimeException awaitWritten(Pending pending) {
        boolean interrupted = false;
        while (true) {
            try {
                pending.written.await();
                break;
            } catch (InterruptedException e) {
                // the write is in a group already: its outcome is what the caller must learn
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return pending.failure;
    }

    /** How many writes wait to be taken into a group (for tests). */
    int queued() {
        return queue.size();
    }

    private void writeGroup() {
        List<Pending> group = new ArrayList<>();
        for (Pending next = queue.poll(); next != null; next = group.size() < MAX_GROUP ? queue.poll() : null) {
            next.taken = true;
            group.add(next);
        }
        if (group.isEmpty()) {
            return;
        }
        writes.add(group.size());
        transactions.increment();
        try (Connection connection = dataSource.getConnection()) {
            if (group.size() == 1) {
                alone(connection, group.get(0));
                return;
            }
            // one transaction, as batches beside other groups or, once the batches are rolled back, one by one alone
            Lock[] held = {groupsInBatches};
            held[0].lock();
            try {
                Transactions.commit(connection, transaction -> {
                    if (!batched(transaction, group)) {
                        held[0].unlock();
                        held[0] = groupOneByOne;
                        held[0].lock();
                        for (Pending pending : group) {
                            run(transaction, pending);
                        }
                    }
                });
            } finally {
                held[0].unlock();
            }
        } catch (SQLException | RuntimeException e) {
            // nothing of the group is stored: the writes that had not failed on their own fail with the transaction
            // (a pause for maintenance reaches each caller as itself: nothing was written, try again)
            group.stream().filter(pending -> pending.failure == null)
                    .forEach(pending -> pending.failure = e instanceof StoreBusyException busy ? busy
                            : new StorageException(pending.what + " failed: " + e.getMessage(), e));
        } finally {
            // the latch publishes each failure to its caller
            group.forEach(pending -> pending.written.countDown());
        }
    }

    /**
     * Writes the group's statements as batches, phase by phase and statement by statement, the writes in the
     * order of their keys. Returns false, with the transaction rolled back, if the group holds a write that is
     * not batchable or anything in the batches went wrong: then it is written one write at a time.
     */
    private static boolean batched(Connection connection, List<Pending> group) throws SQLException {
        List<BatchableWrite> writes = new ArrayList<>(group.size());
        for (Pending pending : group) {
            if (!(pending.work instanceof BatchableWrite write)) {
                return false;
            }
            writes.add(write);
        }
        writes.sort(Comparator.comparing(BatchableWrite::key));
        try {
            for (BatchableWrite.Phase phase : BatchableWrite.Phase.values()) {
                Map<String, List<BatchableWrite.Statement>> batches = new LinkedHashMap<>();
                for (BatchableWrite write : writes) {
                    for (BatchableWrite.Statement statement : write.statements()) {
                        if (statement.phase() == phase) {
                            batches.computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement);
                        }
                    }
                }
                for (Map.Entry<String, List<BatchableWrite.Statement>> batch : batches.entrySet()) {
                    if (!execute(connection, batch.getKey(), batch.getValue())) {
                        connection.rollback();
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            return false;
        }
    }

    /** One batch; false if a statement changed other than the rows it needs. */
    private static boolean execute(Connection connection, String sql, List<BatchableWrite.Statement> statements) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            for (BatchableWrite.Statement statement : statements) {
                statement.binder().bind(prepared);
                prepared.addBatch();
            }
            int[] counts = prepared.executeBatch();
            for (int i = 0; i < statements.size(); i++) {
                if (i >= counts.length || counts[i] == java.sql.Statement.EXECUTE_FAILED || !statements.get(i).accepts(counts[i], connection)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A write that found nobody else queued: in its own transaction, as {@link Transactions#alone} writes it (on
     * PostgreSQL one statement committed as it runs); if it fails, nothing of it is stored and its caller is told.
     */
    private static void alone(Connection connection, Pending pending) {
        try {
            Transactions.alone(connection, pending.work);
        } catch (SQLException | RuntimeException e) {
            pending.failure = e instanceof RuntimeException runtime ? runtime
                    : new StorageException(pending.what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs one write of a shared transaction under a savepoint; if it fails, it is undone and its caller told. */
    private static void run(Connection connection, Pending pending) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            pending.work.run(connection);
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            pending.failure = e instanceof RuntimeException runtime ? runtime
                    : new StorageException(pending.what + " failed: " + e.getMessage(), e);
        }
    }
}
