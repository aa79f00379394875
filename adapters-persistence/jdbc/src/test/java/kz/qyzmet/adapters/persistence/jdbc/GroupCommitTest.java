package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Group commit: concurrent writes share transactions, each caller learns how its own write went, a failing
 * write takes nothing else with it, and a failed commit fails every write of its group.
 */
class GroupCommitTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:group-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL)");
        }
    }

    private static Transactions.Work insert(int id) {
        return connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO items (id, label) VALUES (?, ?)")) {
                insert.setInt(1, id);
                insert.setString(2, "item " + id);
                insert.executeUpdate();
            }
        };
    }

    private List<Integer> stored() throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM items ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "{0} group(s) at once")
    @ValueSource(ints = {1, 4})
    void concurrentWritesAreAllStoredAndTheDuplicatesFailAlone(int groupsAtOnce) throws Exception {
        GroupCommit commits = new GroupCommit(dataSource, groupsAtOnce);
        int writers = 16;
        int each = 200;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        ConcurrentHashMap<Integer, Boolean> succeeded = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    // every id is written by two writers: exactly one of the two must win
                    int id = (writer / 2) * each + i;
                    try {
                        commits.write("item " + id, insert(id));
                        assertThat(succeeded.putIfAbsent(id, true)).as("id %d acknowledged twice", id).isNull();
                    } catch (StorageException e) {
                        assertThat(e.getMessage()).startsWith("item " + id + " failed");
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures.get()).isEqualTo(writers / 2 * each);
        assertThat(stored()).hasSize(writers / 2 * each).containsExactlyInAnyOrderElementsOf(succeeded.keySet());
    }

    @Test
    void withTwoGroupsAtOnceAWriteIsCommittedWhileAnotherGroupIsStillBeingWritten() throws Exception {
        GroupCommit commits = new GroupCommit(dataSource, 2);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> held = pool.submit(() -> {
                commits.write("held", connection -> {
                    insert(1).run(connection);
                    writing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(writing.await(10, TimeUnit.SECONDS)).as("the first write is being written").isTrue();
            Future<?> next = pool.submit(() -> {
                commits.write("next", insert(2));
                return null;
            });
            // with one group at a time the second write would wait for the first group's permit until it is released
            next.get(30, TimeUnit.SECONDS);
            assertThat(stored()).as("the second write is committed, the first not yet").containsExactly(2);
            release.countDown();
            held.get(30, TimeUnit.SECONDS);
            assertThat(stored()).containsExactly(1, 2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void groupsAtOnceAreAtLeastOne() {
        assertThatThrownBy(() -> new GroupCommit(dataSource, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("groupsAtOnce: must be at least 1, was 0");
    }

    @Test
    void aFailingWriteIsUndoneWithoutUndoingTheOthersOfItsGroup() throws Exception {
        GroupCommit commits = new GroupCommit(dataSource);
        commits.write("first", insert(1));
        assertThatThrownBy(() -> commits.write("half", connection -> {
            insert(2).run(connection);
            insert(1).run(connection);
        })).isInstanceOf(StorageException.class).hasMessageStartingWith("half failed");
        assertThatThrownBy(() -> commits.write("runtime", connection -> {
            insert(3).run(connection);
            throw new IllegalStateException("refused by the caller's rule");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused by the caller's rule");
        commits.write("after", insert(4));
        assertThat(stored()).containsExactly(1, 4);
    }

    @Test
    void whenTheConnectionCannotBeHadNoWriteIsAcknowledged() {
        JdbcDataSource broken = new JdbcDataSource();
        broken.setURL("jdbc:h2:mem:group-broken;IFEXISTS=TRUE");
        GroupCommit commits = new GroupCommit(broken);
        assertThatThrownBy(() -> commits.write("lost", insert(1))).isInstanceOf(StorageException.class).hasMessageStartingWith("lost failed");
    }
}
