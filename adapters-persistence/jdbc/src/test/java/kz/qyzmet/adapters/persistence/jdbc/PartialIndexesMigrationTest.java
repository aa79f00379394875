package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V19__Partial_indexes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * Migration V19: on PostgreSQL the five indexes of {@code service_requests} whose column is mostly null keep only the
 * rows with a value, and the queries that read them still find their rows and still read them through those indexes;
 * run again on stored rows, the migration rebuilds them with every row that has a value. On H2 (no partial indexes)
 * the indexes are left as they were.
 */
class PartialIndexesMigrationTest {

    private static final Map<String, String> PARTIAL = Map.of(
            "service_requests_next_watch", "watch_per_mille",
            "service_requests_provider_open_due", "open_due_epoch",
            "service_requests_channel_open_due", "open_due_epoch",
            "service_requests_executor", "executor",
            "service_requests_representative", "representative_iin");
    private static final UserId EXECUTOR = UserId.of("executor-1");

    @Test
    void onH2() {
        MigrationDatabases.onH2(dataSource -> {
            Stored stored = store(dataSource);
            assertThat(MigrationDatabases.h2Indexes(dataSource)).containsAll(PARTIAL.keySet());
            stored.areFound(dataSource);
        });
    }

    @Test
    void onPostgres() {
        MigrationDatabases.onPostgres(dataSource -> {
            Stored stored = store(dataSource);
            assertThat(postgresIndexes(dataSource)).containsAllEntriesOf(partialDefinitions());
            stored.areFound(dataSource);
            readThroughTheirIndexes(dataSource);

            migrateAgain(dataSource);

            assertThat(postgresIndexes(dataSource)).containsAllEntriesOf(partialDefinitions());
            stored.areFound(dataSource);
            readThroughTheirIndexes(dataSource);
        });
    }

    /** A request submitted (no deadline, no executor), one accepted, one accepted and assigned, one refused at intake. */
    private static Stored store(DataSource dataSource) {
        JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();
        ServiceRequest submitted = StoredRequests.submitted(Channel.STATE_CORPORATION, almaty(3, 20, 10), "school-1");
        ServiceRequest accepted = StoredRequests.accepted(Channel.STATE_CORPORATION, almaty(3, 20, 11), "school-1");
        ServiceRequest assigned = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 12), "school-1");
        assigned.assign(StoredRequests.HEAD, almaty(3, 20, 13), EXECUTOR);
        ServiceRequest refused = StoredRequests.refusedAtIntake(almaty(3, 20, 14));
        List.of(submitted, accepted, assigned, refused).forEach(request -> requests.add(request, null, AtRiskShare.DEFAULT));
        return new Stored(List.of(submitted, accepted, assigned, refused), List.of(accepted, assigned), assigned);
    }

    /** What was stored, and what the queries reading the five indexes must find of it. */
    private record Stored(List<ServiceRequest> all, List<ServiceRequest> openWithDeadline, ServiceRequest assigned) {

        void areFound(DataSource dataSource) {
            JdbcRequestRepository requests = JdbcStorage.using(dataSource).requests();
            Instant yearEnd = almaty(12, 31, 0);
            assertThat(ids(requests.find(new WorklistCriteria(ProviderId.of("school-1"), null, null, Set.of(), yearEnd, null, null, false, 0, 10))))
                    .as("overdue, the provider's").containsExactlyInAnyOrderElementsOf(ids(openWithDeadline));
            assertThat(ids(requests.find(new WorklistCriteria(null, null, null, Set.of(), yearEnd, null, null, true, 0, 10))))
                    .as("overdue, the State Corporation's").containsExactly(openWithDeadline.get(0).id());
            assertThat(ids(requests.find(new WorklistCriteria(ProviderId.of("school-1"), null, EXECUTOR, Set.of(), null, null, null, false, 0, 10))))
                    .as("the executor's").containsExactly(assigned.id());
            assertThat(ids(requests.find(new WorklistCriteria(null, StoredRequests.REPRESENTATIVE, null, Set.of(), null, null, null, false, 0, 10))))
                    .as("the representative's").containsExactlyInAnyOrderElementsOf(ids(all));
            assertThat(ids(requests.findDueForWatch(yearEnd, AtRiskShare.DEFAULT, null, 10)))
                    .as("due for the watch").containsExactlyInAnyOrderElementsOf(ids(openWithDeadline));
            for (ServiceRequest request : all) {
                assertThat(requests.find(request.id()).orElseThrow().history()).isEqualTo(request.history());
            }
        }
    }

    /** With the table scans turned off, each query of the five indexes is planned on its index (it could not be, were it not implied). */
    private static void readThroughTheirIndexes(DataSource dataSource) {
        Map<String, String> queries = Map.of(
                "service_requests_provider_open_due", "SELECT id FROM service_requests WHERE provider = 'school-1' AND open_due_epoch >= -1"
                        + " AND open_due_epoch < 2000000000 ORDER BY open_due_epoch, id LIMIT 51",
                "service_requests_channel_open_due", "SELECT id FROM service_requests WHERE channel = 'STATE_CORPORATION' AND open_due_epoch >= -1"
                        + " AND open_due_epoch < 2000000000 ORDER BY open_due_epoch, id LIMIT 51",
                "service_requests_next_watch", "SELECT id FROM service_requests WHERE watch_per_mille = 200 AND next_watch_epoch <= 2000000000",
                "service_requests_executor", "SELECT id FROM service_requests WHERE executor = 'executor-1'",
                "service_requests_representative", "SELECT id FROM service_requests WHERE representative_iin = '850312100109'");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            for (Map.Entry<String, String> query : queries.entrySet()) {
                StringBuilder plan = new StringBuilder();
                try (ResultSet lines = statement.executeQuery("EXPLAIN " + query.getValue())) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).as(query.getValue()).contains(query.getKey());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void migrateAgain(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            new V19__Partial_indexes().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException("not read by V19");
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> partialDefinitions() {
        Map<String, String> definitions = new TreeMap<>();
        PARTIAL.forEach((index, column) -> definitions.put(index, "(" + column + " IS NOT NULL)"));
        return definitions;
    }

    /** The indexes of {@code service_requests} by name, each with its {@code WHERE} condition (empty without one). */
    private static Map<String, String> postgresIndexes(DataSource dataSource) {
        Map<String, String> indexes = new TreeMap<>();
        MigrationDatabases.postgresIndexes(dataSource).forEach((name, definition) -> {
            int where = definition.indexOf(" WHERE ");
            indexes.put(name, where < 0 ? "" : definition.substring(where + " WHERE ".length()));
        });
        return indexes;
    }

    private static Instant almaty(int month, int day, int hour) {
        return ZonedDateTime.of(2025, month, day, hour, 0, 0, 0, StoredRequests.ALMATY).toInstant();
    }

    private static List<RequestId> ids(List<ServiceRequest> requests) {
        return requests.stream().map(ServiceRequest::id).toList();
    }
}
