package kz.qyzmet.adapters.persistence.jdbc;

import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad rows are refused naming the table, the row and the problem; so is a schema newer than the code. */
class BadStoredDataTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private JdbcStorage storage;
    private ServiceRequest request;

    @BeforeEach
    void store() {
        storage = JdbcStorage.connect(url, "sa", "");
        request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        storage.requests().add(request, null);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = storage.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Test
    void anUnknownStatusInARowIsNamed() throws SQLException {
        execute("UPDATE service_requests SET status = 'LOST' WHERE id = ?", request.id().value());
        assertThatThrownBy(() -> storage.requests().find(request.id()))
                .isInstanceOf(StoredDataException.class)
                .hasMessageStartingWith("table service_requests, row " + request.id() + ": status 'LOST' does not match its history");
    }

    @Test
    void anUnknownChannelInARowIsNamed() throws SQLException {
        execute("UPDATE service_requests SET channel = 'FAX' WHERE id = ?", request.id().value());
        assertThatThrownBy(() -> storage.requests().find(request.id()))
                .hasMessageStartingWith("table service_requests, row " + request.id() + ": channel 'FAX' does not match its submission");
    }

    @Test
    void aBrokenHistoryEntryIsNamed() throws SQLException {
        execute("UPDATE request_events SET payload = '{\"@class\":\"kz.qyzmet.domain.request.RequestEvent$ReviewStarted\"}' "
                + "WHERE request_id = ? AND seq = 1", request.id().value());
        assertThatThrownBy(() -> storage.requests().find(request.id()))
                .isInstanceOf(StoredDataException.class)
                .hasMessageStartingWith("table request_events, row " + request.id() + "/1: the event cannot be read");
    }

    @Test
    void aGapInTheHistoryIsNamed() throws SQLException {
        execute("UPDATE request_events SET seq = 5 WHERE request_id = ? AND seq = 1", request.id().value());
        assertThatThrownBy(() -> storage.requests().find(request.id()))
                .hasMessageContaining("table request_events, row " + request.id() + "/5: the history has a gap");
    }

    @Test
    void aSubmissionBreakingADomainRuleIsNamed() throws SQLException {
        execute("UPDATE service_requests SET submission = REPLACE(submission, '061211600012', '061211600013') WHERE id = ?",
                request.id().value());
        assertThatThrownBy(() -> storage.requests().find(request.id()))
                .hasMessageStartingWith("table service_requests, row " + request.id() + ": the submission cannot be read")
                .hasMessageContaining("check digit");
    }

    @Test
    void aSchemaNewerThanTheCodeIsRefused() throws SQLException {
        execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL', "
                + "'V99__from_the_future.sql', 0, 'sa', 0, TRUE)");
        assertThatThrownBy(() -> JdbcStorage.connect(url, "sa", ""))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("database: refused")
                .hasMessageContaining("99");
    }

    @Test
    void anIntactRowReadsBack() {
        assertThat(storage.requests().find(request.id())).isPresent();
    }
}
