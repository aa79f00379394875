package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.adapters.persistence.contract.PostgresDatabase;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.RequestNotFoundException;
import kz.qyzmet.application.request.port.out.ChangedRequest;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An acceptance right after the submission, which names the revision it starts from, is given the request from what
 * this process committed ({@link JdbcRequestRepository#findAt}): no connection, no statement, only its own write. A
 * second server on the same database (a second {@link JdbcStorage}) that changes the request meanwhile makes the
 * first one's change fail with {@link ConcurrentUpdateException}, and nothing of it is stored; a write that failed is
 * not remembered, and a request removed from the database is not found on saving, as on reading.
 */
class AcceptanceWithoutAReadTest {

    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void close() {
        cleanUp.forEach(Runnable::run);
    }

    private String database() {
        String url = PostgresDatabase.freshSchemaUrl();
        cleanUp.add(() -> PostgresDatabase.drop(url));
        return url;
    }

    private JdbcStorage open(String url) {
        JdbcStorage storage = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
        cleanUp.add(0, storage::close);
        return storage;
    }

    @Test
    void theAcceptanceAfterTheSubmissionReadsNothing() {
        JdbcStorage pool = open(database());
        CountedCalls counted = new CountedCalls(pool.dataSource());
        JdbcStorage storage = JdbcStorage.using(counted.dataSource());
        ServiceRequest accepted = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        ServiceRequest submitted = ServiceRequest.restore(accepted.id(), accepted.submission(), accepted.history().subList(0, 1));
        storage.requests().add(submitted, new IdempotencyRecord("clerk", "no-read", accepted.id(), "f".repeat(64)));

        counted.reset();
        ServiceRequest found = storage.requests().findAt(accepted.id(), 1).orElseThrow();
        assertThat(counted.calls("getConnection")).as("the request at its revision, from what this process committed").isZero();
        assertThat(found.history()).isEqualTo(submitted.history());
        assertThat(found.submission()).isEqualTo(submitted.submission());

        storage.requests().update(accepted, 1);
        assertThat(counted.calls("getConnection")).as("the acceptance: its write alone").isEqualTo(1);
        assertThat(counted.calls("prepareStatement")).as("one statement, no read").isEqualTo(1);

        counted.reset();
        assertThat(storage.requests().findAt(accepted.id(), 2).orElseThrow().history()).as("the next change from the acceptance")
                .isEqualTo(accepted.history());
        assertThat(counted.calls("getConnection")).isZero();
        assertThat(storage.requests().find(accepted.id()).orElseThrow().history()).isEqualTo(accepted.history());
        assertThat(counted.calls("getConnection")).as("a read without a revision goes to the database").isEqualTo(1);

        counted.reset();
        assertThat(storage.requests().findAt(accepted.id(), 1).orElseThrow().revision()).as("another revision: read")
                .isEqualTo(2);
        assertThat(counted.calls("getConnection")).isEqualTo(1);
    }

    @Test
    void aSubmissionOrAChangeThatFailedIsNotRemembered() {
        JdbcStorage pool = open(database());
        CountedCalls counted = new CountedCalls(pool.dataSource());
        JdbcRequestRepository repository = JdbcStorage.using(counted.dataSource()).requests();
        ServiceRequest first = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        repository.add(first, new IdempotencyRecord("clerk", "taken", first.id(), "f".repeat(64)));
        ServiceRequest second = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        assertThatThrownBy(() -> repository.add(second, new IdempotencyRecord("clerk", "taken", second.id(), "f".repeat(64))))
                .isInstanceOf(IdempotencyConflictException.class);
        counted.reset();
        assertThat(repository.findAt(second.id(), 1)).as("the refused submission is read, and not there").isEmpty();
        assertThat(counted.calls("getConnection")).isEqualTo(1);

        // a register in which one change is stale: the stale one is forgotten, the stored one remembered
        ServiceRequest other = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        repository.add(other, null);
        ServiceRequest stale = repository.findAt(other.id(), 2).orElseThrow();
        ServiceRequest meanwhile = repository.find(other.id()).orElseThrow();
        meanwhile.assign(StoredRequests.HEAD, StoredRequests.thursdayBeforeNauryz(), UserId.of("teacher"));
        repository.update(meanwhile, 2);
        stale.assign(StoredRequests.HEAD, StoredRequests.thursdayBeforeNauryz(), UserId.of("other-teacher"));
        ServiceRequest fresh = repository.findAt(first.id(), 1).orElseThrow();
        fresh.withdraw(kz.qyzmet.domain.request.Actor.applicant(UserId.of("applicant"), StoredRequests.APPLICANT),
                StoredRequests.thursdayBeforeNauryz());
        List<Optional<RuntimeException>> outcomes = repository.updateEach(List.of(new ChangedRequest(stale, 2),
                new ChangedRequest(fresh, 1)), AtRiskShare.DEFAULT);
        assertThat(outcomes.get(0)).containsInstanceOf(ConcurrentUpdateException.class);
        assertThat(outcomes.get(1)).isEmpty();
        counted.reset();
        assertThat(repository.findAt(other.id(), 3).orElseThrow().executor()).as("what the failed change left: read")
                .contains(UserId.of("teacher"));
        assertThat(counted.calls("getConnection")).isEqualTo(1);
        counted.reset();
        assertThat(repository.findAt(first.id(), 2).orElseThrow().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(counted.calls("getConnection")).as("the change stored with the register: remembered").isZero();
    }

    @Test
    void whenTheOtherServerChangedTheRequestTheCachedAcceptanceFailsAndStoresNothing() {
        String url = database();
        JdbcStorage a = open(url);
        JdbcStorage b = open(url);
        ServiceRequest accepted = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        a.requests().add(accepted, null);

        ServiceRequest onB = b.requests().findAt(accepted.id(), 2).orElseThrow();
        onB.assign(StoredRequests.HEAD, StoredRequests.thursdayBeforeNauryz(), UserId.of("teacher-b"));
        b.requests().update(onB, 2);

        ServiceRequest onA = a.requests().findAt(accepted.id(), 2).orElseThrow();
        assertThat(onA.revision()).as("server A still holds what it committed at revision 2").isEqualTo(2);
        onA.assign(StoredRequests.HEAD, StoredRequests.thursdayBeforeNauryz(), UserId.of("teacher-a"));
        assertThatThrownBy(() -> a.requests().update(onA, 2)).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("revision 3");
        ServiceRequest stored = b.requests().find(accepted.id()).orElseThrow();
        assertThat(stored.executor()).as("server B's change stands").contains(UserId.of("teacher-b"));
        assertThat(stored.history()).as("nothing of A's change").isEqualTo(onB.history());
        assertThat(a.requests().findAt(accepted.id(), 2).orElseThrow().revision()).as("after the failure A reads again")
                .isEqualTo(3);
    }

    @Test
    void aRequestRemovedFromTheDatabaseIsNotFoundOnSaving() throws SQLException {
        JdbcStorage storage = open(database());
        ServiceRequest accepted = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        storage.requests().add(accepted, null);
        try (Connection connection = storage.dataSource().getConnection()) {
            for (String table : new String[] {"request_events WHERE request_id", "service_requests WHERE id"}) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " = ?")) {
                    delete.setObject(1, accepted.id().value());
                    delete.executeUpdate();
                }
            }
        }
        ServiceRequest remembered = storage.requests().findAt(accepted.id(), 2).orElseThrow();
        remembered.assign(StoredRequests.HEAD, StoredRequests.thursdayBeforeNauryz(), UserId.of("teacher"));
        assertThatThrownBy(() -> storage.requests().update(remembered, 2)).isInstanceOf(RequestNotFoundException.class);
        assertThat(storage.requests().findAt(accepted.id(), 2)).as("then read, and not there").isEmpty();
    }
}
