package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.ServiceRequest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V6 scopes the idempotency keys to the account that sent them: a key stored before belongs to the
 * account that submitted its request, still replays for that account and still refuses its reuse there, while
 * another account may now use the same key. On H2 and on PostgreSQL.
 */
class KeysPerAccountMigrationTest {

    private static final String FINGERPRINT = "cd".repeat(32);

    @Test
    void onH2() {
        MigrationDatabases.onH2(this::keysSurviveAndBelongToTheirAccount);
    }

    @Test
    void onPostgres() {
        MigrationDatabases.onPostgres(this::keysSurviveAndBelongToTheirAccount);
    }

    private void keysSurviveAndBelongToTheirAccount(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("4").load().migrate();
        ServiceRequest before = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        String account = before.history().get(0).header().actor().user().value();
        JdbcRequestRepository before6 = new JdbcRequestRepository(dataSource);
        // the repository before version 6 wrote no account: store the request through it, then forget the column it lacked
        storeBeforeVersion6(dataSource, before6, before, "key-before");

        JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();

        assertThat(requests.findByIdempotencyKey(account, "key-before"))
                .contains(new IdempotencyRecord(account, "key-before", before.id(), FINGERPRINT));
        ServiceRequest again = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        assertThatThrownBy(() -> requests.add(again, new IdempotencyRecord(account, "key-before", again.id(), FINGERPRINT)))
                .isInstanceOf(IdempotencyConflictException.class);
        ServiceRequest otherSchool = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-2");
        requests.add(otherSchool, new IdempotencyRecord("clerk2", "key-before", otherSchool.id(), FINGERPRINT));
        assertThat(requests.find(otherSchool.id())).isPresent();
        assertThat(requests.findByIdempotencyKey("clerk2", "key-before").orElseThrow().request()).isEqualTo(otherSchool.id());
    }

    /** Stores a request with its key as the schema before version 6 held it (V4): key and fingerprint in the row, no account. */
    private static void storeBeforeVersion6(DataSource dataSource, JdbcRequestRepository repository, ServiceRequest request, String key) {
        execute(dataSource, "ALTER TABLE service_requests ADD COLUMN idempotency_account VARCHAR(64)");
        WatchAndReportColumnsMigrationTest.withTheColumnsOfVersion17(dataSource,
                () -> repository.add(request, new IdempotencyRecord("ignored", key, request.id(), FINGERPRINT)));
        execute(dataSource, "ALTER TABLE service_requests DROP COLUMN idempotency_account");
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
