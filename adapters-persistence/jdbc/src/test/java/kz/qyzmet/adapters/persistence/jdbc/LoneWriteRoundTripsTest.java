package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.adapters.persistence.contract.PostgresDatabase;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a write that has its transaction to itself — a lone caller's submission or acceptance, nobody
 * else's write queued — goes to the server as one statement committed as it runs: one prepared statement, one
 * execution, no {@code COMMIT} and no switching of autocommit, where it was two statements and a commit (three
 * round trips; the commit's wait for the log was most of a lone caller's time, docs/BENCHMARKS.md). The request
 * is stored whole, and a key already taken or a revision that moved still fail with their own errors and leave
 * nothing behind.
 */
class LoneWriteRoundTripsTest {

    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void close() {
        cleanUp.forEach(Runnable::run);
    }

    @Test
    void aLoneSubmissionAndItsAcceptanceAreOneStatementEachWithNoSeparateCommit() {
        String url = PostgresDatabase.freshSchemaUrl();
        cleanUp.add(() -> PostgresDatabase.drop(url));
        JdbcStorage pool = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
        cleanUp.add(0, pool::close);
        CountedCalls counted = new CountedCalls(pool.dataSource());
        JdbcRequestRepository repository = JdbcStorage.using(counted.dataSource()).requests();
        ServiceRequest accepted = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        ServiceRequest submitted = ServiceRequest.restore(accepted.id(), accepted.submission(), accepted.history().subList(0, 1));

        counted.reset();
        repository.add(submitted, new IdempotencyRecord("clerk", "lone-key", accepted.id(), "f".repeat(64)));
        assertOneStatementCommittedAsItRan(counted, "the submission");

        counted.reset();
        repository.update(accepted, 1);
        assertOneStatementCommittedAsItRan(counted, "the acceptance");

        ServiceRequest stored = repository.find(accepted.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(stored.history()).as("both events, in order").isEqualTo(accepted.history());
        assertThat(repository.findByIdempotencyKey("clerk", "lone-key").orElseThrow().request()).isEqualTo(accepted.id());

        ServiceRequest sameKey = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        assertThatThrownBy(() -> repository.add(sameKey, new IdempotencyRecord("clerk", "lone-key", sameKey.id(), "f".repeat(64))))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(repository.find(sameKey.id())).as("the refused submission left nothing").isEmpty();

        assertThatThrownBy(() -> repository.update(accepted, 1)).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("2");
        assertThat(repository.find(accepted.id()).orElseThrow().history()).as("no event of the refused change").hasSize(2);
    }

    private static void assertOneStatementCommittedAsItRan(CountedCalls counted, String what) {
        assertThat(counted.calls("getConnection")).as(what + ": connections").isEqualTo(1);
        assertThat(counted.calls("prepareStatement")).as(what + ": statements prepared").isEqualTo(1);
        assertThat(counted.calls("executeUpdate")).as(what + ": statements executed").isEqualTo(1);
        assertThat(counted.calls("commit")).as(what + ": separate commits").isZero();
        assertThat(counted.calls("setAutoCommit")).as(what + ": autocommit switched").isZero();
    }
}
