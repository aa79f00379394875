package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V18 on rows stored at V17, on H2 and on PostgreSQL: they have no report facts, and the monthly report's
 * read gives for them the facts derived from the whole request, in order among rows that have theirs; a row written
 * again (an update) keeps its facts from then on.
 */
class ReportFactsMigrationTest {

    private static final ProviderId SCHOOL = ProviderId.of("school-1");

    @Test
    void onH2() {
        MigrationDatabases.onH2(this::rowsStoredAtVersion17ReadTheirFactsFromTheirHistories);
    }

    @Test
    void onPostgres() {
        MigrationDatabases.onPostgres(this::rowsStoredAtVersion17ReadTheirFactsFromTheirHistories);
    }

    private void rowsStoredAtVersion17ReadTheirFactsFromTheirHistories(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("17").load().migrate();
        ServiceRequest open = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest closedInApril = StoredRequests.submitted(Channel.STATE_CORPORATION, almaty(3, 31, 10), "school-1");
        closedInApril.refuseIntake(StoredRequests.OPERATOR, almaty(4, 2, 10), List.of(new IntakeRefusalReason.NoPersonalDataConsent()));
        JdbcRequestRepository before = new JdbcRequestRepository(dataSource);
        WatchAndReportColumnsMigrationTest.withTheColumnsAddedAfter(17, dataSource,
                () -> List.of(open, closedInApril).forEach(request -> before.add(request, null)));

        JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();
        ServiceRequest receivedInApril = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(4, 14, 10), "school-1");
        requests.add(receivedInApril, null);
        ReportCriteria april = new ReportCriteria(SCHOOL, start(YearMonth.of(2025, 4)), start(YearMonth.of(2025, 5)));

        assertThat(storedFacts(dataSource, open.id())).as("stored at V17: none").isNull();
        assertThat(storedFacts(dataSource, receivedInApril.id())).startsWith(StoredReportFacts.FORMAT + ";");
        assertThat(requests.reportFacts(april)).as("derived where none is stored, in the order of the rows")
                .containsExactly(ReportFacts.of(open), ReportFacts.of(closedInApril), ReportFacts.of(receivedInApril));

        ServiceRequest read = requests.find(open.id()).orElseThrow();
        int revision = read.revision();
        read.assign(StoredRequests.HEAD, almaty(4, 3, 10), UserId.of("teacher"));
        requests.update(read, revision);

        assertThat(storedFacts(dataSource, open.id())).as("written with the update").startsWith(StoredReportFacts.FORMAT + ";");
        assertThat(requests.reportFacts(april).get(0)).isEqualTo(ReportFacts.of(read));
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(StoredRequests.ALMATY).toInstant();
    }

    private static Instant almaty(int month, int day, int hour) {
        return ZonedDateTime.of(2025, month, day, hour, 0, 0, 0, StoredRequests.ALMATY).toInstant();
    }

    private static String storedFacts(DataSource dataSource, RequestId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT report_facts FROM service_requests WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
