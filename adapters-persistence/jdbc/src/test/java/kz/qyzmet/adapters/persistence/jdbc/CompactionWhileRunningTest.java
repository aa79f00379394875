package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import kz.qyzmet.application.request.port.out.StoreBusyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's file is compacted while the store runs ({@link JdbcStorage#compact()}): writers from several
 * threads — the request repository's group commit and the used signatures, a writer of its own — keep going through
 * repeated compactions and every write comes through whole; after the last compaction the open file holds a few
 * kilobytes per request; a caller arriving during the pause waits and then succeeds, or, past its limit, is told
 * the database is paused and nothing of its write is stored; a transaction holding its connection too long makes
 * the compaction give up and leaves everything as it was.
 */
class CompactionWhileRunningTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 300;
    private static final int REQUESTS = THREADS * PER_THREAD;
    /** As {@link DiskPerRequestTest} asserts at rest: the live data is about 4 KB per request. */
    private static final long BOUND_PER_REQUEST = 8 * 1024;

    @TempDir
    Path directory;

    @Test
    void writersFromSeveralThreadsComeThroughRepeatedCompactionsWhole() throws Exception {
        Path file = directory.resolve("qyzmet.mv.db");
        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            JdbcRequestRepository repository = storage.requests();
            JdbcUsedSignatures signatures = storage.usedSignatures();
            ConcurrentLinkedQueue<ServiceRequest> stored = new ConcurrentLinkedQueue<>();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        ServiceRequest accepted = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
                        repository.add(ServiceRequest.restore(accepted.id(), accepted.submission(), accepted.history().subList(0, 1)), null);
                        repository.update(accepted, 1);
                        assertThat(signatures.take(digest(thread, i), accepted.id().toString(), Instant.now())).isTrue();
                        stored.add(accepted);
                    }
                    return null;
                }));
            }
            List<Compaction> whileWriting = new ArrayList<>();
            for (int quarter = 1; quarter <= 3; quarter++) {
                int reached = quarter * REQUESTS / 4;
                awaitTrue(() -> stored.size() >= reached, "the writers store a quarter more");
                whileWriting.add(storage.compact());
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            threads.shutdown();
            long grown = Files.size(file);
            Compaction last = storage.compact();

            System.out.printf("# compaction while running: %d requests, %d compactions while writing (sizes before: %s KB); "
                            + "before the last %,d bytes (%,d per request), after it %,d bytes (%,d per request), paused %d ms%n",
                    REQUESTS, whileWriting.size(), whileWriting.stream().map(c -> String.valueOf(c.bytesBefore() / 1024)).toList(),
                    grown, grown / REQUESTS, last.bytesAfter(), last.bytesAfter() / REQUESTS, last.paused().toMillis());
            assertThat(stored).hasSize(REQUESTS);
            for (ServiceRequest request : stored) {
                ServiceRequest found = repository.find(request.id()).orElseThrow();
                assertThat(found.history()).as("request %s stored whole", request.id()).isEqualTo(request.history());
                assertThat(found.status()).isEqualTo(request.status());
            }
            assertThat(count(storage, "SELECT COUNT(*) FROM service_requests WHERE status = 'ACCEPTED'")).isEqualTo(REQUESTS);
            assertThat(count(storage, "SELECT COUNT(*) FROM used_signatures")).as("every signature taken").isEqualTo(REQUESTS);
            assertThat(last.bytesBefore()).isEqualTo(grown);
            assertThat(Files.size(file) / REQUESTS).as("bytes per request, the store open and read, after the last compaction")
                    .isLessThanOrEqualTo(BOUND_PER_REQUEST);
        }
    }

    @Test
    void aCallerDuringThePauseWaitsForTheTransactionInFlightAndTheCompactionThenSucceeds() throws Exception {
        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            JdbcRequestRepository repository = storage.requests();
            ServiceRequest before = storeOne(repository);
            Connection inFlight = openTransactionTakingSignature(storage, "in-flight");
            CompletableFuture<Compaction> compaction = CompletableFuture.supplyAsync(storage::compact);
            awaitTrue(() -> storage.pause().paused(), "the compaction pauses new work");

            ServiceRequest duringPause = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            CompletableFuture<Void> caller = CompletableFuture.runAsync(() -> repository.add(duringPause, null));
            awaitTrue(() -> storage.pause().waiting() == 1, "the caller waits");
            assertThat(caller).as("the caller waits while the transaction in flight runs").isNotDone();
            assertThat(compaction).as("the compaction waits for the transaction in flight").isNotDone();

            inFlight.commit();
            inFlight.close();
            Compaction done = compaction.get(60, TimeUnit.SECONDS);
            caller.get(60, TimeUnit.SECONDS);

            assertThat(done.bytesAfter()).isLessThan(done.bytesBefore());
            assertThat(repository.find(duringPause.id())).as("the caller's write, after the pause").isPresent();
            assertThat(repository.find(before.id()).orElseThrow().history()).isEqualTo(before.history());
            assertThat(count(storage, "SELECT COUNT(*) FROM used_signatures WHERE submission = 'in-flight'"))
                    .as("the transaction in flight, committed before the compaction").isEqualTo(1);
        }
    }

    @Test
    void aCallerWaitingLongerThanItsLimitIsToldTheDatabaseIsPausedAndNothingIsStored() throws Exception {
        try (JdbcStorage storage = JdbcStorage.h2File(directory, Duration.ofMillis(200), Duration.ofSeconds(60))) {
            JdbcRequestRepository repository = storage.requests();
            Connection inFlight = openTransactionTakingSignature(storage, "in-flight");
            CompletableFuture<Compaction> compaction = CompletableFuture.supplyAsync(storage::compact);
            awaitTrue(() -> storage.pause().paused(), "the compaction pauses new work");

            ServiceRequest tooLate = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            assertThatThrownBy(() -> repository.add(tooLate, null))
                    .isInstanceOfSatisfying(StoreBusyException.class, busy -> {
                        assertThat(busy.maintenance()).isEqualTo(StoreBusyException.Maintenance.COMPACTION);
                        assertThat(busy.retryAfter()).as("try again after as long as it waited").isEqualTo(Duration.ofMillis(200));
                        assertThat(busy.retryAfterSeconds()).isEqualTo(1);
                    })
                    .hasMessageContaining("paused for compacting the embedded file for more than 200 ms")
                    .hasMessageContaining("nothing was written");
            assertThatThrownBy(() -> storage.notifications().addressedTo(kz.qyzmet.domain.request.Iin.of("061211600012"), 10))
                    .as("every store of the storage, not only the requests'").isInstanceOf(StoreBusyException.class);

            inFlight.commit();
            inFlight.close();
            compaction.get(60, TimeUnit.SECONDS);
            assertThat(repository.find(tooLate.id())).isEmpty();
            repository.add(tooLate, null);
            assertThat(repository.find(tooLate.id())).as("stored when tried again").isPresent();
        }
    }

    @Test
    void aTransactionHoldingItsConnectionTooLongMakesTheCompactionGiveUpAndNothingChanges() throws Exception {
        try (JdbcStorage storage = JdbcStorage.h2File(directory, Duration.ofSeconds(60), Duration.ofMillis(300))) {
            JdbcRequestRepository repository = storage.requests();
            ServiceRequest before = storeOne(repository);
            Connection inFlight = openTransactionTakingSignature(storage, "long");

            assertThatThrownBy(storage::compact)
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("1 connection still in use after 300 ms")
                    .hasMessageContaining("nothing was compacted");

            assertThat(storage.pause().paused()).as("new work resumed").isFalse();
            inFlight.commit();
            inFlight.close();
            assertThat(count(storage, "SELECT COUNT(*) FROM used_signatures WHERE submission = 'long'")).isEqualTo(1);
            ServiceRequest after = storeOne(repository);
            assertThat(repository.find(before.id())).isPresent();
            assertThat(repository.find(after.id())).isPresent();
            assertThat(storage.compact().bytesAfter()).as("compacts once the transaction is over").isPositive();
        }
    }

    @Test
    void onlyTheEmbeddedFileIsCompactedAndOnlyWhileOpen() {
        try (JdbcStorage memory = JdbcStorage.connect("jdbc:h2:mem:compaction-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            assertThatThrownBy(memory::compact).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("only the embedded H2 file database").hasMessageContaining("autovacuum");
        }
        JdbcStorage closed = JdbcStorage.h2File(directory);
        closed.close();
        assertThatThrownBy(closed::compact).isInstanceOf(IllegalStateException.class).hasMessage("compact: the storage is closed");
    }

    private static ServiceRequest storeOne(JdbcRequestRepository repository) {
        ServiceRequest accepted = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        repository.add(accepted, null);
        return accepted;
    }

    /** A transaction that has written and not committed yet, holding its connection. */
    private static Connection openTransactionTakingSignature(JdbcStorage storage, String submission) throws SQLException {
        Connection connection = storage.dataSource().getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO used_signatures (digest, submission, taken_at) VALUES (?, ?, ?)")) {
            insert.setString(1, "f".repeat(64));
            insert.setString(2, submission);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return connection;
    }

    private static long count(JdbcStorage storage, String sql) throws SQLException {
        try (Connection connection = storage.dataSource().getConnection(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String digest(int thread, int i) {
        return String.format("%064x", (long) thread * 1_000_000 + i);
    }

    /** Waits for a state another thread reaches; a minute is far beyond any load, and not what the test measures. */
    private static void awaitTrue(BooleanSupplier state, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!state.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as(what).isNegative();
            Thread.sleep(5);
        }
    }
}
