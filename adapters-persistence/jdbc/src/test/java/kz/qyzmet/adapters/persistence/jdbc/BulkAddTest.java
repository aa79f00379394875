package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path ({@link JdbcRequestRepository#addAll}) writes exactly the rows that {@link JdbcRequestRepository#add}
 * writes for the same request — every column of {@code service_requests} and {@code request_events} — the requests read
 * back equal, and a batch that fails stores none of its requests. A report over more requests than one statement reads
 * histories of (they are read in slices) has each request whole, in the report's order.
 */
class BulkAddTest {

    @TempDir
    Path directory;

    @Test
    void theBatchWritesTheRowsThatAddWrites() throws SQLException {
        try (JdbcStorage one = JdbcStorage.h2File(directory.resolve("one")); JdbcStorage bulk = JdbcStorage.h2File(directory.resolve("bulk"))) {
            List<ServiceRequest> requests = new ArrayList<>();
            for (Channel channel : List.of(Channel.PROVIDER_OFFICE, Channel.STATE_CORPORATION, Channel.EGOV_PORTAL)) {
                requests.add(StoredRequests.accepted(channel, StoredRequests.thursdayBeforeNauryz(), "school-1"));
            }
            requests.add(StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-2"));
            requests.add(StoredRequests.refusedAtIntake(StoredRequests.thursdayBeforeNauryz()));
            for (ServiceRequest request : requests) {
                one.requests().add(request, null);
            }
            bulk.requests().addAll(requests, AtRiskShare.DEFAULT);

            for (ServiceRequest request : requests) {
                assertThat(rows(bulk.dataSource(), "SELECT * FROM service_requests WHERE id = ?", request.id()))
                        .isEqualTo(rows(one.dataSource(), "SELECT * FROM service_requests WHERE id = ?", request.id()))
                        .hasSize(1);
                assertThat(rows(bulk.dataSource(), "SELECT * FROM request_events WHERE request_id = ? ORDER BY seq", request.id()))
                        .isEqualTo(rows(one.dataSource(), "SELECT * FROM request_events WHERE request_id = ? ORDER BY seq", request.id()))
                        .hasSize(request.revision());
                ServiceRequest read = bulk.requests().find(request.id()).orElseThrow();
                assertThat(read.status()).isEqualTo(request.status());
                assertThat(read.revision()).isEqualTo(request.revision());
                assertThat(read.deadline().map(deadline -> deadline.dueAt())).isEqualTo(request.deadline().map(deadline -> deadline.dueAt()));
            }
        }
    }

    @Test
    void aBatchThatFailsStoresNone() {
        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            ServiceRequest stored = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
            storage.requests().add(stored, null);
            ServiceRequest fresh = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");

            assertThatThrownBy(() -> storage.requests().addAll(List.of(fresh, stored), AtRiskShare.DEFAULT))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("storing 2 requests in a batch failed");
            assertThat(storage.requests().find(fresh.id())).isEmpty();
        }
    }

    @Test
    void aReportOfMoreRequestsThanOneSliceOfHistoriesReadsEachWholeInOrder() {
        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            Instant received = StoredRequests.thursdayBeforeNauryz();
            List<ServiceRequest> requests = new ArrayList<>();
            for (int i = 0; i < JdbcRequestRepository.EVENTS_PER_QUERY * 2 + 7; i++) {
                requests.add(StoredRequests.accepted(Channel.PROVIDER_OFFICE, received.plusSeconds(i), "school-1"));
            }
            storage.requests().addAll(requests, AtRiskShare.DEFAULT);

            List<ServiceRequest> report = storage.requests().find(new ReportCriteria(ProviderId.of("school-1"), received.minusSeconds(60),
                    received.plusSeconds(86_400)));

            assertThat(report).extracting(ServiceRequest::id).containsExactlyElementsOf(requests.stream().map(ServiceRequest::id).toList());
            assertThat(report).allSatisfy(request -> assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED));
        }
    }

    private static List<Map<String, Object>> rows(DataSource dataSource, String sql, RequestId id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id.value());
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = result.getObject(c);
                        row.put(meta.getColumnName(c), value instanceof UUID ? value.toString() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
