package kz.qyzmet.adapters.persistence.jdbc;

import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.ServiceRequest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V4 moves the idempotency keys into the requests' rows: a database written by the schema of
 * version 3 keeps every request, its history and its key, on H2 and on PostgreSQL.
 */
class LeanerWritesMigrationTest {

    private static final String FINGERPRINT = "ab".repeat(32);

    @Test
    void onH2() {
        MigrationDatabases.onH2(this::keysSurviveTheMigration);
    }

    @Test
    void onPostgres() {
        MigrationDatabases.onPostgres(this::keysSurviveTheMigration);
    }

    private void keysSurviveTheMigration(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("3").load().migrate();
        ServiceRequest withKey = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        ServiceRequest withoutKey = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        inVersion3(dataSource, withKey, "key-1");
        inVersion3(dataSource, withoutKey, null);

        JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();

        String account = withKey.history().get(0).header().actor().user().value();
        assertThat(requests.findByIdempotencyKey(account, "key-1")).contains(new IdempotencyRecord(account, "key-1", withKey.id(), FINGERPRINT));
        assertThat(requests.find(withKey.id()).orElseThrow().history()).isEqualTo(withKey.history());
        assertThat(requests.find(withoutKey.id()).orElseThrow().status()).isEqualTo(withoutKey.status());
        ServiceRequest another = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        assertThatThrownBy(() -> requests.add(another, new IdempotencyRecord(account, "key-1", another.id(), FINGERPRINT)))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(requests.find(another.id())).isEmpty();
    }

    /** Stores a request as the repository of schema version 3 did: row, history, and the key in a table of its own. */
    private static void inVersion3(DataSource dataSource, ServiceRequest request, String key) {
        RequestJson json = new RequestJson();
        execute(dataSource, "INSERT INTO service_requests (id, service, channel, provider, applicant_iin, status, revision, received_at, submission) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", request.id().value(), request.submission().service().value(),
                request.submission().channel().name(), request.submission().provider().value(), request.submission().applicant().iin().value(),
                request.status().name(), request.revision(), Timestamp.from(request.submission().receivedAt()), json.write(request.submission()));
        List<RequestEvent> history = request.history();
        for (int seq = 0; seq < history.size(); seq++) {
            RequestEvent event = history.get(seq);
            execute(dataSource, "INSERT INTO request_events (request_id, seq, type, at, actor_user, actor_role, payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    request.id().value(), seq, event.getClass().getSimpleName(), Timestamp.from(event.header().at()),
                    event.header().actor().user().value(), event.header().actor().role().name(), json.write(event));
        }
        if (key != null) {
            execute(dataSource, "INSERT INTO idempotency_keys (idempotency_key, request_id, fingerprint) VALUES (?, ?, ?)",
                    key, request.id().value(), FINGERPRINT);
        }
    }

    private static void execute(DataSource dataSource, String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
