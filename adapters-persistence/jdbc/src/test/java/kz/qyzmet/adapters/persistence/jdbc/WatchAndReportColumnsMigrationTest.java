package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations V15 to V17 on rows stored before them, on H2 and on PostgreSQL: {@code last_event_at} is back-filled
 * with the time of each request's latest event, so the monthly report finds a request closed in its month; an open
 * request with a deadline is marked as stored with no share, so the deadline watch reads it on its next pass whatever
 * its moment, and once stored again with the watch's share only when its moment has come; a closed one is never read;
 * the open one keeps its deadline in {@code open_due_epoch}, so the overdue worklist finds it, and the closed ones do not.
 */
class WatchAndReportColumnsMigrationTest {

    @Test
    void onH2() {
        MigrationDatabases.onH2(this::rowsStoredBeforeAreBackFilled);
    }

    @Test
    void onPostgres() {
        MigrationDatabases.onPostgres(this::rowsStoredBeforeAreBackFilled);
    }

    private void rowsStoredBeforeAreBackFilled(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("14").load().migrate();
        ServiceRequest open = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest closedInMarch = StoredRequests.refusedAtIntake(almaty(3, 21, 10));
        ServiceRequest closedInApril = StoredRequests.submitted(Channel.STATE_CORPORATION, almaty(3, 31, 10), "school-1");
        closedInApril.refuseIntake(StoredRequests.OPERATOR, almaty(4, 2, 10), List.of(new IntakeRefusalReason.NoPersonalDataConsent()));
        JdbcRequestRepository before = new JdbcRequestRepository(dataSource);
        withTheColumnsOfVersion17(dataSource, () -> List.of(open, closedInMarch, closedInApril).forEach(request -> before.add(request, null)));

        JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();

        assertThat(columns(dataSource, open.id()))
                .containsExactly(0L, 0L, almaty(3, 20, 10), open.deadline().orElseThrow().dueAt().getEpochSecond());
        assertThat(columns(dataSource, closedInMarch.id())).containsExactly(null, null, almaty(3, 21, 10), null);
        assertThat(columns(dataSource, closedInApril.id())).containsExactly(null, null, almaty(4, 2, 10), null);
        assertThat(ids(requests.find(new WorklistCriteria(null, null, null, Set.of(), almaty(12, 1, 0), null, null, false, 0, 10))))
                .as("overdue at the end of the year").containsExactly(open.id());
        assertThat(ids(requests.find(new ReportCriteria(ProviderId.of("school-1"), almaty(4, 1, 0), almaty(5, 1, 0)))))
                .containsExactly(open.id(), closedInApril.id());

        Instant early = almaty(3, 20, 10);
        assertThat(open.nextWatch(AtRiskShare.DEFAULT).orElseThrow()).isAfter(early);
        assertThat(ids(requests.findDueForWatch(early, AtRiskShare.DEFAULT, null, 10))).as("stored with no share: read at once")
                .containsExactly(open.id());
        ServiceRequest read = requests.find(open.id()).orElseThrow();
        requests.update(read, read.revision(), AtRiskShare.DEFAULT);
        assertThat(requests.findDueForWatch(early, AtRiskShare.DEFAULT, null, 10)).as("stored with the watch's share").isEmpty();
        assertThat(ids(requests.findDueForWatch(open.nextWatch(AtRiskShare.DEFAULT).orElseThrow(), AtRiskShare.DEFAULT, null, 10)))
                .containsExactly(open.id());
    }

    /**
     * Runs a write of today's repository on a schema before version 15: with the columns it writes that the schema did
     * not have, dropped again afterwards, as if the rows had been written without them.
     */
    static void withTheColumnsOfVersion17(DataSource dataSource, Runnable write) {
        withTheColumnsAddedAfter(14, dataSource, write);
    }

    /**
     * Runs a write of today's repository on a schema migrated to {@code version}: with the columns it writes that later
     * versions added, dropped again afterwards, as if the rows had been written without them.
     */
    static void withTheColumnsAddedAfter(int version, DataSource dataSource, Runnable write) {
        List<String> columns = new ArrayList<>();
        if (version < 15) {
            columns.addAll(List.of("next_watch_epoch BIGINT", "watch_per_mille INTEGER"));
        }
        if (version < 16) {
            columns.add("last_event_at TIMESTAMP WITH TIME ZONE");
        }
        if (version < 17) {
            columns.add("open_due_epoch BIGINT");
        }
        if (version < 18) {
            columns.add("report_facts TEXT");
        }
        columns.forEach(column -> execute(dataSource, "ALTER TABLE service_requests ADD COLUMN " + column));
        write.run();
        columns.forEach(column -> execute(dataSource, "ALTER TABLE service_requests DROP COLUMN " + column.substring(0, column.indexOf(' '))));
    }

    private static Instant almaty(int month, int day, int hour) {
        return ZonedDateTime.of(2025, month, day, hour, 0, 0, 0, StoredRequests.ALMATY).toInstant();
    }

    private static List<RequestId> ids(List<ServiceRequest> requests) {
        return requests.stream().map(ServiceRequest::id).toList();
    }

    /** The row's next-watch second, share, time of its latest event and open deadline. */
    private static List<Object> columns(DataSource dataSource, RequestId id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT next_watch_epoch, watch_per_mille, last_event_at, open_due_epoch FROM service_requests WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                List<Object> values = new ArrayList<>();
                values.add(row.getObject(1) == null ? null : row.getLong(1));
                values.add(row.getObject(2) == null ? null : row.getLong(2));
                values.add(row.getTimestamp(3).toInstant());
                values.add(row.getObject(4) == null ? null : row.getLong(4));
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
