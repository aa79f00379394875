package kz.qyzmet.benchmarks.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small city (2,000 requests) generated into the embedded H2 store through its bulk path: the store counts by status
 * what was generated and every request reads back through the repository's worklist query, provider by provider (which
 * checks each history against the lifecycle), each accepted request has the deadline the deployment's policy gives for its service, version, channel
 * and receipt, the mix is the one documented (the queue and school admission first, admissions in their season, every
 * outcome present, some requests open and overdue at the end of the year), and a seed gives the same city.
 */
class CityYearTest {

    private static final int REQUESTS = 2_000;
    private static final Catalog CATALOG = JsonCatalogSource.builtIn().catalog();
    private static DeadlinePolicy deadlines;

    @TempDir
    Path directory;

    @BeforeAll
    static void wire() {
        deadlines = Qyzmet.builder().build().deadlinePolicy();
    }

    private static CityYear city(long seed) {
        return CityYear.of2025(deadlines, seed);
    }

    @Test
    void everyGeneratedRequestIsStoredAndReadsBackWithItsDeadline() throws SQLException {
        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            CityCounts counts = CityLoad.into(storage.requests(), city(17), REQUESTS);

            assertThat(counts.requests()).isEqualTo(REQUESTS);
            assertThat(storedByStatus(storage.dataSource())).isEqualTo(new EnumMap<>(counts.byStatus()));
            assertThat(count(storage.dataSource(), "SELECT COUNT(*) FROM request_events")).isEqualTo(counts.events());

            List<UUID> ids = ids(storage.dataSource());
            assertThat(ids).hasSize(REQUESTS);
            Map<RequestStatus, Long> readBack = new EnumMap<>(RequestStatus.class);
            int accepted = 0;
            int read = 0;
            for (ProviderId provider : City.of(400).providers()) {
                for (ServiceRequest request : storage.requests().find(WorklistCriteria.ofProvider(provider, Set.of(), REQUESTS))) {
                    read++;
                    readBack.merge(request.status(), 1L, Long::sum);
                    if (request.deadline().isPresent()) {
                        accepted++;
                        assertThat(request.deadline().get().dueAt()).as("the deadline of %s", request.id()).isEqualTo(expectedDue(request));
                    }
                }
            }
            assertThat(read).isEqualTo(REQUESTS);
            for (UUID id : ids.subList(0, 50)) {
                assertThat(storage.requests().find(new RequestId(id))).isPresent();
            }
            assertThat(readBack).isEqualTo(new EnumMap<>(counts.byStatus()));
            assertThat(accepted).isGreaterThan(REQUESTS * 8 / 10);
        }
    }

    @Test
    void theMixIsTheDocumentedOne() {
        List<ServiceRequest> requests = new ArrayList<>();
        CityCounts counts = city(17).generate(REQUESTS, 500, requests::addAll);

        Map<String, Long> byService = counts.byService();
        assertThat(byService.keySet()).containsExactlyInAnyOrderElementsOf(ServiceMix.city().services().stream().map(ServiceMix.Share::service).toList());
        List<String> largest = byService.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2).map(Map.Entry::getKey).toList();
        assertThat(largest).containsExactly("preschool-queue", "school-admission");
        assertThat(received(requests, "school-admission", Month.APRIL)).isGreaterThan(5 * received(requests, "school-admission", Month.JANUARY));
        assertThat(received(requests, "school-meals", Month.SEPTEMBER)).isGreaterThan(5 * received(requests, "school-meals", Month.MARCH));
        for (ServiceRequest request : requests) {
            ServiceStandard standard = CATALOG.find(request.submission().service().value()).orElseThrow();
            StandardVersion version = standard.versionOn(request.submission().receivedAt().atZone(deadlines.zone()).toLocalDate()).orElseThrow();
            assertThat(version.offers(request.submission().channel())).as("%s offers %s", standard.id(), request.submission().channel()).isTrue();
        }
        assertThat(counts.byStatus()).containsKeys(RequestStatus.ISSUED, RequestStatus.INTAKE_REFUSED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN,
                RequestStatus.IN_REVIEW);
        assertThat(counts.byStatus().get(RequestStatus.ISSUED)).isGreaterThan(REQUESTS * 7 / 10);
        assertThat(counts.openWithDeadline()).isGreaterThan(REQUESTS / 100);
        assertThat(counts.overdue()).isPositive().isLessThan(counts.openWithDeadline());
        assertThat(requests.stream().anyMatch(request -> request.history().stream().anyMatch(RequestEvent.DeadlineOverdue.class::isInstance)))
                .as("the watch's warnings are in the histories").isTrue();
        assertThat(counts.byChannel()).containsKeys("EGOV_PORTAL", "PROVIDER_OFFICE", "STATE_CORPORATION");
    }

    @Test
    void aSeedGivesTheSameCity() {
        CityCounts one = city(5).generate(300, 100, batch -> { });
        CityCounts again = city(5).generate(300, 100, batch -> { });
        CityCounts other = city(6).generate(300, 100, batch -> { });

        assertThat(again.byStatus()).isEqualTo(one.byStatus());
        assertThat(again.byProvider()).isEqualTo(one.byProvider());
        assertThat(again.events()).isEqualTo(one.events());
        assertThat(other.byProvider()).isNotEqualTo(one.byProvider());
    }

    /**
     * The harness makes its H2 directory under a parent of this test's own (another build on the machine makes its
     * own in the shared temporary directory meanwhile), says where, and deletes it: the directory it named is gone and
     * the parent is as empty as before.
     */
    @Test
    void theHarnessRunsOnASmallCityAndDeletesItsDatabase(@TempDir Path parent) throws Exception {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CityYearBenchmark.main(new String[] {"store=h2", "requests=300", "samples=5", "dir=" + parent});
        } finally {
            System.setOut(console);
        }
        String output = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        console.print(output);

        java.util.regex.Matcher store = java.util.regex.Pattern.compile("# H2 store in (.+)").matcher(output);
        assertThat(store.find()).as("the harness says where its store is").isTrue();
        Path created = Path.of(store.group(1).strip());
        assertThat(created.getParent()).as("made under the parent given").isEqualTo(parent);
        assertThat(output).contains("# generated and stored in").contains("# deleted what was generated");
        assertThat(created).as("the store it made, deleted").doesNotExist();
        try (var left = Files.list(parent)) {
            assertThat(left).as("nothing left under the parent").isEmpty();
        }
    }

    private static java.time.Instant expectedDue(ServiceRequest request) {
        ServiceStandard standard = CATALOG.find(request.submission().service().value()).orElseThrow();
        StandardVersion version = standard.version(request.standardVersion().orElseThrow()).orElseThrow();
        Deadline deadline = deadlines.deadline(standard.id(), version, request.submission().channel(), request.submission().filedAt(),
                request.submission().receivedAt());
        return deadline.dueAt();
    }

    private static long received(List<ServiceRequest> requests, String service, Month month) {
        return requests.stream().filter(request -> request.submission().service().value().equals(service))
                .filter(request -> request.submission().receivedAt().atZone(deadlines.zone()).getMonth() == month).count();
    }

    private static Map<RequestStatus, Long> storedByStatus(DataSource dataSource) throws SQLException {
        Map<RequestStatus, Long> stored = new EnumMap<>(RequestStatus.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT status, COUNT(*) FROM service_requests GROUP BY status")) {
            while (rows.next()) {
                stored.put(RequestStatus.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return stored;
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<UUID> ids(DataSource dataSource) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM service_requests")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
