package kz.qyzmet.benchmarks.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.report.MonthlyReport;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.report.ReportLine;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly report read as facts ({@code reportFacts}, {@code compileFacts}: the use case's path) is the report read
 * as whole requests ({@code find}, {@code compile}: the path before V18), for every provider of a generated city (2,000
 * requests) and every month of its year (read for the year, and for the department and ten schools month by month), compiled after the year and in the middle of the month (the 15th at noon:
 * what came after is not seen) — in memory, on H2 and on PostgreSQL, where half of the rows hold no facts (as stored
 * before V18) or facts of another form, and are derived from their histories. The stores' facts are also the in-memory
 * store's, request by request.
 */
class ReportFactsAgreementTest {

    private static final int REQUESTS = 2_000;
    private static final Year YEAR = Year.of(2025);

    @TempDir
    Path directory;

    private static DeadlinePolicy deadlines;
    private static MonthlyMonitoring monitoring;
    /** The city in memory, generated once: the reference for the stores' facts. */
    private static InMemoryRequestRepository reference;

    @BeforeAll
    static void generate() {
        deadlines = Qyzmet.builder().build().deadlinePolicy();
        monitoring = new MonthlyMonitoring(deadlines);
        reference = new InMemoryRequestRepository();
        city().generate(REQUESTS, 500, batch -> batch.forEach(request -> reference.add(request, null)));
    }

    @Test
    void inMemory() {
        assertAgreement(reference, reference);
    }

    @Test
    void onH2() throws SQLException {
        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            CityLoad.into(storage.requests(), city(), REQUESTS);
            asIfStoredBeforeV18(storage.dataSource());
            assertAgreement(storage.requests(), reference);
        }
    }

    @Test
    void onPostgres() throws SQLException {
        String url = System.getenv().getOrDefault("QYZMET_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("QYZMET_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("QYZMET_TEST_PG_PASSWORD", "");
        String schema = "qyzmet_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + url + " is not reachable (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true requires the PostgreSQL tests to run: " + message);
            }
            Assumptions.abort(message);
        }
        try (JdbcStorage storage = JdbcStorage.connect(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password)) {
            CityLoad.into(storage.requests(), city(), REQUESTS);
            asIfStoredBeforeV18(storage.dataSource());
            assertAgreement(storage.requests(), reference);
        } finally {
            try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /**
     * Every provider's year read once both ways, and each of its months compiled from it (requests that touch nothing of
     * a month add nothing to it); the department's and ten schools' months also read month by month, as the use case
     * reads them.
     */
    private void assertAgreement(RequestRepository store, RequestRepository reference) {
        Tally tally = new Tally();
        City city = City.of(400);
        List<ProviderId> monthByMonth = new ArrayList<>(city.schools().subList(0, 10));
        monthByMonth.add(city.department());
        for (ProviderId provider : city.providers()) {
            ReportCriteria year = new ReportCriteria(provider, monitoring.start(YEAR.atMonth(1)), monitoring.start(YEAR.plusYears(1).atMonth(1)));
            List<ReportFacts> facts = store.reportFacts(year);
            assertThat(facts).as("%s: the facts are the in-memory store's", provider).isEqualTo(reference.reportFacts(year));
            List<ServiceRequest> whole = store.find(year);
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YEAR.atMonth(m);
                assertSameReports(provider, month, whole, facts, tally);
                if (monthByMonth.contains(provider)) {
                    ReportCriteria criteria = new ReportCriteria(provider, monitoring.start(month), monitoring.start(month.plusMonths(1)));
                    assertSameReports(provider, month, store.find(criteria), store.reportFacts(criteria), tally);
                }
            }
        }
        assertThat(tally.lines).as("report lines compared").isGreaterThan(2_000);
        assertThat(tally.missedSteps).as("missed steps counted").isPositive();
        assertThat(tally.open).as("open requests counted").isPositive();
        assertThat(tally.overdue).as("overdue requests counted").isPositive();
        assertThat(tally.completed).as("processing times compared").isPositive();
    }

    /** The month's report compiled after the year and on the 15th at noon, from the whole requests and from the facts. */
    private void assertSameReports(ProviderId provider, YearMonth month, List<ServiceRequest> whole, List<ReportFacts> facts, Tally tally) {
        ZoneId zone = deadlines.zone();
        Instant afterTheYear = YEAR.plusYears(1).atDay(2).atTime(9, 0).atZone(zone).toInstant();
        for (Instant now : List.of(afterTheYear, month.atDay(15).atTime(LocalTime.NOON).atZone(zone).toInstant())) {
            MonthlyReport fromWhole = monitoring.compile(provider, month, now, whole);
            MonthlyReport fromFacts = monitoring.compileFacts(provider, month, now, facts, List.of());
            assertThat(fromFacts).as("%s %s compiled at %s", provider, month, now).isEqualTo(fromWhole);
            for (ReportLine line : fromFacts.lines()) {
                tally.lines++;
                tally.missedSteps += line.missedSteps().values().stream().mapToInt(Integer::intValue).sum();
                tally.open += line.openOnTime() + line.openOverdue();
                tally.overdue += line.completedOverdue() + line.openOverdue();
                tally.completed += line.medianWorkingTime() == null ? 0 : 1;
            }
        }
    }

    /** What the compared reports held, so that the test cannot pass by comparing empty reports. */
    private static final class Tally {
        int lines;
        int missedSteps;
        int open;
        int overdue;
        int completed;
    }

    /** Rows received in the first half of the year lose their facts, those of the third quarter get another form's. */
    private static void asIfStoredBeforeV18(DataSource dataSource) throws SQLException {
        Instant july = YEAR.atMonth(7).atDay(1).atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant();
        Instant october = YEAR.atMonth(10).atDay(1).atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant();
        List<Integer> changed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement none = connection.prepareStatement("UPDATE service_requests SET report_facts = NULL WHERE received_at < ?");
             PreparedStatement other = connection.prepareStatement(
                     "UPDATE service_requests SET report_facts = '0;a form this version does not read' WHERE received_at >= ? AND received_at < ?")) {
            none.setTimestamp(1, Timestamp.from(july));
            changed.add(none.executeUpdate());
            other.setTimestamp(1, Timestamp.from(july));
            other.setTimestamp(2, Timestamp.from(october));
            changed.add(other.executeUpdate());
        }
        assertThat(changed).allSatisfy(count -> assertThat(count).isGreaterThan(REQUESTS / 10));
    }

    private static CityYear city() {
        return CityYear.of2025(deadlines, 17);
    }
}
