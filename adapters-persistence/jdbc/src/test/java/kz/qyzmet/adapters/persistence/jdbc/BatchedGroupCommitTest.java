package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.PostgresDatabase;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.port.out.ChangedRequest;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.NewRequest;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The writes of concurrent callers to the request repository, held back until all are queued, go to the
 * database as one group: one connection, one commit and one JDBC batch per statement (not a statement per
 * write); and when one write of the group is a duplicate idempotency key and another a stale revision, those
 * two callers fail with their own errors while the rest of the group is stored. On H2 and on PostgreSQL,
 * where a failed statement aborts the whole transaction.
 */
class BatchedGroupCommitTest {

    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void close() {
        cleanUp.forEach(Runnable::run);
    }

    @Test
    void onH2() throws Exception {
        JdbcStorage storage = JdbcStorage.connect("jdbc:h2:mem:batched-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        cleanUp.add(storage::close);
        concurrentWritesShareOneBatchedCommit(storage.dataSource());
        failingWritesFailAloneInTheirGroup(storage.dataSource());
        aRegisterAddedTogetherSharesOneBatchedCommit(storage.dataSource());
        aRegisterChangedTogetherSharesOneCommitAndAStaleChangeFailsAlone(storage.dataSource());
    }

    @Test
    void onPostgresql() throws Exception {
        String url = PostgresDatabase.freshSchemaUrl();
        cleanUp.add(() -> PostgresDatabase.drop(url));
        JdbcStorage storage = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
        cleanUp.add(0, storage::close);
        concurrentWritesShareOneBatchedCommit(storage.dataSource());
        failingWritesFailAloneInTheirGroup(storage.dataSource());
        aRegisterAddedTogetherSharesOneBatchedCommit(storage.dataSource());
        aRegisterChangedTogetherSharesOneCommitAndAStaleChangeFailsAlone(storage.dataSource());
    }

    private void concurrentWritesShareOneBatchedCommit(DataSource database) throws Exception {
        CountedCalls counted = new CountedCalls(database);
        GroupCommit commits = new GroupCommit(counted.dataSource());
        JdbcRequestRepository repository = new JdbcRequestRepository(database, commits, wholeWrites(database), new CommittedRequests());
        List<ServiceRequest> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            repository.add(submittedPartOf(request), null);
            accepted.add(request);
        }
        List<Callable<Object>> writes = new ArrayList<>();
        for (ServiceRequest request : accepted) {
            writes.add(() -> {
                repository.update(request, 1);
                return "updated";
            });
        }
        for (int i = 0; i < 3; i++) {
            ServiceRequest request = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            writes.add(() -> {
                repository.add(request, new IdempotencyRecord("clerk", "batch-" + request.id(), request.id(), "f".repeat(64)));
                return "added";
            });
        }
        counted.reset();
        List<Object> outcomes = inOneGroup(commits, writes);

        assertThat(outcomes).as("every write stored").containsOnly("updated", "added");
        assertThat(counted.calls("getConnection")).as("connections: one for the blocker, one for the group").isEqualTo(2);
        assertThat(counted.calls("commit")).as("commits: the blocker's and the group's").isEqualTo(2);
        assertThat(counted.calls("prepareStatement")).as("statements prepared for six writes: an insert, an update, an event insert").isEqualTo(3);
        assertThat(counted.calls("executeBatch")).isEqualTo(3);
        assertThat(counted.calls("executeUpdate")).as("no write executed on its own").isZero();
        assertThat(commits.shared()).as("three writes alone, the blocker, then six in one transaction").isEqualTo(new SharedCommits(10, 5));
        for (ServiceRequest request : accepted) {
            assertThat(repository.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        }
    }

    /** One caller's register of requests ({@code addEach}) is queued at once: one group, not a commit a request. */
    private void aRegisterAddedTogetherSharesOneBatchedCommit(DataSource database) throws Exception {
        CountedCalls counted = new CountedCalls(database);
        GroupCommit commits = new GroupCommit(counted.dataSource());
        JdbcRequestRepository repository = new JdbcRequestRepository(database, commits, wholeWrites(database), new CommittedRequests());
        List<NewRequest> register = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ServiceRequest request = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            register.add(new NewRequest(request, new IdempotencyRecord("clerk", "register-" + request.id(), request.id(), "f".repeat(64))));
        }

        List<java.util.Optional<RuntimeException>> failures = repository.addEach(register, AtRiskShare.DEFAULT);

        assertThat(failures).as("every request stored").containsOnly(java.util.Optional.empty()).hasSize(6);
        assertThat(counted.calls("commit")).as("commits for six requests").isEqualTo(1);
        assertThat(counted.calls("executeBatch")).as("batches: the rows, the events").isEqualTo(2);
        assertThat(counted.calls("executeUpdate")).as("no request written on its own").isZero();
        assertThat(commits.shared()).isEqualTo(new SharedCommits(6, 1));
        for (NewRequest added : register) {
            assertThat(repository.find(added.request().id()).orElseThrow().history()).isEqualTo(added.request().history());
        }
    }

    /**
     * One caller's changes to a register ({@code updateEach}, a register accepted together) are queued at once: one
     * commit of batched statements; with a stale change in the middle still one commit, the group written again change
     * by change under savepoints, the stale one failing alone with nothing of it written.
     */
    private void aRegisterChangedTogetherSharesOneCommitAndAStaleChangeFailsAlone(DataSource database) throws Exception {
        CountedCalls counted = new CountedCalls(database);
        GroupCommit commits = new GroupCommit(counted.dataSource());
        JdbcRequestRepository repository = new JdbcRequestRepository(database, commits, wholeWrites(database), new CommittedRequests());
        List<ChangedRequest> register = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            repository.add(submittedPartOf(request), null);
            register.add(new ChangedRequest(request, 1));
        }
        counted.reset();
        SharedCommits before = commits.shared();

        List<java.util.Optional<RuntimeException>> failures = repository.updateEach(register, AtRiskShare.DEFAULT);

        assertThat(failures).as("every change stored").containsOnly(java.util.Optional.empty()).hasSize(6);
        assertThat(counted.calls("commit")).as("commits for six changes").isEqualTo(1);
        assertThat(counted.calls("executeBatch")).as("batches: the rows, the events").isEqualTo(2);
        assertThat(counted.calls("executeUpdate")).as("no change written on its own").isZero();
        assertThat(commits.shared()).isEqualTo(new SharedCommits(before.writes() + 6, before.transactions() + 1));
        for (ChangedRequest change : register) {
            assertThat(repository.find(change.request().id()).orElseThrow().history()).isEqualTo(change.request().history());
        }

        List<ChangedRequest> second = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            repository.add(submittedPartOf(request), null);
            second.add(new ChangedRequest(request, 1));
        }
        ServiceRequest stale = second.get(2).request();
        ServiceRequest meanwhile = ServiceRequest.restore(stale.id(), stale.submission(), stale.history());
        repository.update(meanwhile, 1);
        counted.reset();

        failures = repository.updateEach(second, AtRiskShare.DEFAULT);

        assertThat(failures.get(2)).as("the stale change fails alone").containsInstanceOf(ConcurrentUpdateException.class);
        assertThat(failures).as("the others stored").filteredOn(java.util.Optional::isEmpty).hasSize(4);
        assertThat(counted.calls("commit")).as("still one commit for the register").isEqualTo(1);
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(repository.find(second.get(i).request().id()).orElseThrow().history()).isEqualTo(second.get(i).request().history());
        }
        assertThat(repository.find(stale.id()).orElseThrow().history()).as("the other writer's change stands, nothing doubled")
                .isEqualTo(meanwhile.history());
    }

    private void failingWritesFailAloneInTheirGroup(DataSource database) throws Exception {
        GroupCommit commits = new GroupCommit(database);
        JdbcRequestRepository repository = new JdbcRequestRepository(database, commits, wholeWrites(database), new CommittedRequests());
        ServiceRequest raced = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        ServiceRequest other = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        repository.add(submittedPartOf(raced), null);
        repository.add(submittedPartOf(other), null);
        ServiceRequest first = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        ServiceRequest second = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        ServiceRequest unkeyed = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");

        List<Object> outcomes = inOneGroup(commits, List.of(
                () -> add(repository, first, "shared-key"),
                () -> add(repository, second, "shared-key"),
                () -> update(repository, raced),
                () -> update(repository, raced),
                () -> update(repository, other),
                () -> add(repository, unkeyed, null)));

        assertThat(outcomes.subList(0, 2)).as("one of two submissions under one key").containsExactlyInAnyOrder("stored", IdempotencyConflictException.class);
        assertThat(outcomes.subList(2, 4)).as("one of two changes from revision 1").containsExactlyInAnyOrder("stored", ConcurrentUpdateException.class);
        assertThat(outcomes.subList(4, 6)).as("the rest of the group").containsOnly("stored");
        ServiceRequest keyed = outcomes.get(0).equals("stored") ? first : second;
        ServiceRequest refused = keyed == first ? second : first;
        assertThat(repository.find(keyed.id())).isPresent();
        assertThat(repository.find(refused.id())).as("the refused submission left nothing").isEmpty();
        assertThat(repository.find(raced.id()).orElseThrow().revision()).isEqualTo(2);
        assertThat(repository.find(other.id()).orElseThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(repository.find(unkeyed.id())).isPresent();
        assertThat(repository.findByIdempotencyKey("clerk", "shared-key").orElseThrow().request()).isEqualTo(keyed.id());
    }

    private static Object add(JdbcRequestRepository repository, ServiceRequest request, String key) {
        repository.add(request, key == null ? null : new IdempotencyRecord("clerk", key, request.id(), "f".repeat(64)));
        return "stored";
    }

    private static Object update(JdbcRequestRepository repository, ServiceRequest request) {
        repository.update(request, 1);
        return "stored";
    }

    private static ServiceRequest submittedPartOf(ServiceRequest accepted) {
        return ServiceRequest.restore(accepted.id(), accepted.submission(), accepted.history().subList(0, 1));
    }

    /**
     * Runs the writes on threads of their own while a blocking write holds the only writer's permit, lets it
     * go once all of them are queued, and returns each write's result or the class of its failure, in order.
     */
    private static List<Object> inOneGroup(GroupCommit commits, List<Callable<Object>> writes) throws Exception {
        CountDownLatch blocking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(writes.size() + 1);
        try {
            Future<?> blocker = threads.submit(() -> {
                commits.write("blocker", connection -> {
                    blocking.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Object>> results = new ArrayList<>();
            for (Callable<Object> write : writes) {
                results.add(threads.submit(() -> {
                    try {
                        return write.call();
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (commits.queued() < writes.size() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(commits.queued()).as("writes queued behind the blocker").isEqualTo(writes.size());
            release.countDown();
            blocker.get(10, TimeUnit.SECONDS);
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** Whether the repository's lone writes take their whole form, as {@link JdbcStorage} decides it: on PostgreSQL. */
    private static boolean wholeWrites(DataSource database) throws java.sql.SQLException {
        try (Connection connection = database.getConnection()) {
            return !"H2".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
