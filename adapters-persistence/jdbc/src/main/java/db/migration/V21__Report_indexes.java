package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V21 (issue 17, docs/BENCHMARKS.md "The department's month within 500 ms?"): the monthly report's indexes,
 * one per arm of its query and no more.
 * <ul>
 *   <li>Dropped on both stores: V3's {@code service_requests_provider_received (provider, received_at)}, a prefix of
 *   V18's {@code (provider, received_at, last_event_at)}, which serves whatever it served; and V16's
 *   {@code service_requests_provider_last_event (provider, last_event_at, received_at)}, which no query chooses any more
 *   since V18 gave the report's closed arm its index. Two index entries fewer for every row written.</li>
 *   <li>On PostgreSQL, the report's open arm (a provider's requests that are not closed, received before the month's
 *   end) gets {@code service_requests_provider_open_received}: {@code (provider, received_at)} over the rows in an
 *   open state only, a few percent of the table. Before, PostgreSQL ANDed the bitmaps of every open request of the city
 *   ({@code status_due}) and every request the provider received before the month's end, and fetched twice to three
 *   times as many heap pages as it kept rows (the department's June at a million: 139,124 index entries read and 8,506
 *   pages fetched for 2,903 rows). A closed request leaves the index when it closes, so a write adds an entry only while
 *   the request is open. The predicate is the open states written out, as the query writes them
 *   ({@code WorklistSql.report}): a state added to {@code RequestStatus} later makes the query's list differ, and
 *   PostgreSQL then plans without this index (slower, never wrong) until a migration writes the new list. On H2, which
 *   has no partial indexes, the open arm keeps V1's {@code (provider, status, due_epoch)}.</li>
 * </ul>
 */
public final class V21__Report_indexes extends BaseJavaMigration {

    /** The states that are not terminal ({@code RequestStatus.terminal()}), in the order of the enum. */
    static final String OPEN_STATES = "'SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_REVIEW', 'APPROVED', 'RESULT_READY', "
            + "'AT_STATE_CORPORATION', 'RETURNED_TO_PROVIDER'";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX service_requests_provider_received");
            statement.execute("DROP INDEX service_requests_provider_last_event");
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("CREATE INDEX service_requests_provider_open_received ON service_requests (provider, received_at)"
                        + " WHERE status IN (" + OPEN_STATES + ")");
            }
        }
    }
}
