package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * Migration V21: the monthly report's indexes. V3's {@code (provider, received_at)} and V16's
 * {@code (provider, last_event_at, received_at)} are gone on both stores; on PostgreSQL the report's open arm has an index
 * over the open rows only, whose condition is the very list of open states the query writes, so that its plan seeks it
 * (were the lists to differ, PostgreSQL could not prove the query implies the index's condition, and would not); and
 * the report still finds the open and the closed requests it found before.
 */
class ReportIndexesMigrationTest {

    private static final List<String> DROPPED = List.of("service_requests_provider_received", "service_requests_provider_last_event");
    private static final String OPEN_ARM = "service_requests_provider_open_received";

    @Test
    void onH2() {
        MigrationDatabases.onH2(dataSource -> {
            List<ServiceRequest> stored = store(dataSource);
            assertThat(MigrationDatabases.h2Indexes(dataSource)).doesNotContainAnyElementsOf(DROPPED).doesNotContain(OPEN_ARM)
                    .contains("service_requests_provider_received_last_event");
            reportFindsWhatItShould(dataSource, stored);
        });
    }

    @Test
    void onPostgres() {
        MigrationDatabases.onPostgres(dataSource -> {
            List<ServiceRequest> stored = store(dataSource);
            Map<String, String> indexes = MigrationDatabases.postgresIndexes(dataSource);
            assertThat(indexes).doesNotContainKeys(DROPPED.toArray(String[]::new)).containsKey("service_requests_provider_received_last_event");
            assertThat(indexes.get(OPEN_ARM)).as("the open arm's index").contains("(provider, received_at)")
                    .contains("WHERE ((status)::text = ANY");
            for (RequestStatus status : RequestStatus.values()) {
                assertThat(indexes.get(OPEN_ARM).contains("'" + status.name() + "'")).as(status + " in the index's condition").isEqualTo(!status.terminal());
            }
            reportFindsWhatItShould(dataSource, stored);
            assertThat(reportPlan(dataSource)).as("the report's plan").contains(OPEN_ARM);
        });
    }

    /** Submitted, accepted (both open), refused at intake (closed in March): one of each for school-1. */
    private static List<ServiceRequest> store(DataSource dataSource) {
        JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();
        List<ServiceRequest> stored = List.of(
                StoredRequests.submitted(Channel.STATE_CORPORATION, almaty(3, 20, 10), "school-1"),
                StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 11), "school-1"),
                StoredRequests.refusedAtIntake(almaty(3, 20, 14)));
        stored.forEach(request -> requests.add(request, null, AtRiskShare.DEFAULT));
        return stored;
    }

    /** March holds all three; in April only the two open ones are reported; in February none was received yet. */
    private static void reportFindsWhatItShould(DataSource dataSource, List<ServiceRequest> stored) {
        JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();
        assertThat(requests.reportFacts(month(3))).containsExactlyInAnyOrderElementsOf(stored.stream().map(ReportFacts::of).toList());
        assertThat(requests.reportFacts(month(4))).containsExactlyInAnyOrderElementsOf(stored.subList(0, 2).stream().map(ReportFacts::of).toList());
        assertThat(requests.reportFacts(month(2))).isEmpty();
    }

    /** The report's query with table scans turned off: an index it could not use (a condition not implied) would not be in it. */
    private static String reportPlan(DataSource dataSource) {
        WorklistSql report = WorklistSql.reportUnordered("id, report_facts", month(4));
        try (Connection connection = dataSource.getConnection(); Statement settings = connection.createStatement()) {
            settings.execute("SET enable_seqscan = off");
            // the plan a prepared statement keeps after its fifth run knows no parameter's value
            settings.execute("SET plan_cache_mode = force_generic_plan");
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + report.sql())) {
                for (int i = 0; i < report.parameters().size(); i++) {
                    explain.setObject(i + 1, report.parameters().get(i));
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet lines = explain.executeQuery()) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReportCriteria month(int month) {
        return new ReportCriteria(ProviderId.of("school-1"), almaty(month, 1, 0), almaty(month + 1, 1, 0));
    }

    private static Instant almaty(int month, int day, int hour) {
        return ZonedDateTime.of(2025, month, day, hour, 0, 0, 0, StoredRequests.ALMATY).toInstant();
    }
}
