package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Group commit: the writes of concurrent callers share one transaction and one commit. A caller queues its
 * write and waits for the writer's lock; whoever holds it takes every write queued so far — its own and
 * those that arrived while the previous group was being written — runs each under a savepoint, commits
 * once, and tells each caller how its write went. A write that fails is rolled back to its savepoint and
 * fails alone; if the commit fails, every write of the group fails. A caller returns only after the commit
 * that holds its write.
 *
 * <p>This pays off where the commit is the expensive part and writes are serialized anyway: the embedded
 * H2 database writes a new chunk of its store at every commit (docs/BENCHMARKS.md).
 */
final class GroupCommit implements Transactions {

    /** The most writes in one transaction. */
    static final int MAX_GROUP = 64;

    private final DataSource dataSource;
    private final ReentrantLock writer = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

    GroupCommit(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
    }

    /** A queued write and, once its group is written, how it went (guarded by the writer's lock). */
    private static final class Pending {
        final String what;
        final Work work;
        boolean done;
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
        writer.lock();
        try {
            while (!pending.done) {
                writeGroup();
            }
        } finally {
            writer.unlock();
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
    }

    private void writeGroup() {
        List<Pending> group = new ArrayList<>();
        for (Pending next = queue.poll(); next != null; next = group.size() < MAX_GROUP ? queue.poll() : null) {
            group.add(next);
        }
        if (group.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Transactions.commit(connection, transaction -> {
                for (Pending pending : group) {
                    run(transaction, pending, group.size() > 1);
                }
            });
        } catch (SQLException | RuntimeException e) {
            // nothing of the group is stored: the writes that had not failed on their own fail with the transaction
            group.stream().filter(pending -> pending.failure == null)
                    .forEach(pending -> pending.failure = new StorageException(pending.what + " failed: " + e.getMessage(), e));
        } finally {
            group.forEach(pending -> pending.done = true);
        }
    }

    /** Runs one write; if it fails, it is undone and its caller told. */
    private static void run(Connection connection, Pending pending, boolean shared) throws SQLException {
        Savepoint savepoint = shared ? connection.setSavepoint() : null;
        try {
            pending.work.run(connection);
        } catch (SQLException | RuntimeException e) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            } else {
                connection.rollback();
            }
            pending.failure = e instanceof RuntimeException runtime ? runtime
                    : new StorageException(pending.what + " failed: " + e.getMessage(), e);
        }
    }
}
