package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V19 (issue 17, docs/BENCHMARKS.md "A leaner commit (V19)"): on PostgreSQL, the five indexes of
 * {@code service_requests} whose column is null for most rows keep only the rows that have a value, so that a write
 * adds no entry a query could never read. Every query that reads them asks for a value ({@code =}, {@code <},
 * {@code >=} on the column), which PostgreSQL proves implies the index's {@code IS NOT NULL}, so the plans are the
 * same: the deadline watch's {@code (watch_per_mille, next_watch_epoch)} (null once nothing is left to watch), the
 * overdue and at-risk worklists' {@code (provider, open_due_epoch, id)} and {@code (channel, open_due_epoch, id)}
 * (null until accepted and once closed), the executor's worklist's {@code (executor)} (null until assigned) and the
 * applicant's worklist's {@code (representative_iin)} (null unless a representative filed). A submission filed without
 * a representative then writes five index entries fewer, its acceptance two fewer. A Java migration because
 * the DDL is PostgreSQL's only: H2 has no partial indexes (its {@code CREATE INDEX} takes no {@code WHERE}), so on H2
 * this migration changes nothing.
 */
public final class V19__Partial_indexes extends BaseJavaMigration {

    private static final List<PartialIndex> PARTIAL = List.of(
            new PartialIndex("service_requests_next_watch", "watch_per_mille, next_watch_epoch", "watch_per_mille"),
            new PartialIndex("service_requests_provider_open_due", "provider, open_due_epoch, id", "open_due_epoch"),
            new PartialIndex("service_requests_channel_open_due", "channel, open_due_epoch, id", "open_due_epoch"),
            new PartialIndex("service_requests_executor", "executor", "executor"),
            new PartialIndex("service_requests_representative", "representative_iin", "representative_iin"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (PartialIndex index : PARTIAL) {
                statement.execute("DROP INDEX " + index.name());
                statement.execute("CREATE INDEX " + index.name() + " ON service_requests (" + index.columns() + ") WHERE "
                        + index.valueColumn() + " IS NOT NULL");
            }
        }
    }

    /** An index of {@code service_requests}: its name, its columns, and the column a row must have a value in to be in it. */
    private record PartialIndex(String name, String columns, String valueColumn) {
    }
}
