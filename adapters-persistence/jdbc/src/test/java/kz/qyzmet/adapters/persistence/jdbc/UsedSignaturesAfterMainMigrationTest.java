package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V5 (the used signatures) came from a branch merged after main had numbered its migrations V6 and V9: a
 * database main's build migrated to V9 never had V5. It is applied out of order at the next start (it only adds a
 * table of its own), and the replay protection works there. On H2 and on PostgreSQL.
 */
class UsedSignaturesAfterMainMigrationTest {

    @Test
    void onH2() {
        MigrationDatabases.onH2(UsedSignaturesAfterMainMigrationTest::aDatabaseWithoutV5GetsIt);
    }

    @Test
    void onPostgres() {
        MigrationDatabases.onPostgres(UsedSignaturesAfterMainMigrationTest::aDatabaseWithoutV5GetsIt);
    }

    private static void aDatabaseWithoutV5GetsIt(DataSource dataSource) {
        // the state main's build left: every migration but V5
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        execute(dataSource, "DROP TABLE used_signatures");
        execute(dataSource, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'");

        JdbcStorage storage = JdbcStorage.using(dataSource);

        Instant at = Instant.parse("2026-12-05T05:00:00Z");
        String digest = "ab".repeat(32);
        assertThat(storage.usedSignatures().take(digest, "key:one", at)).isTrue();
        assertThat(storage.usedSignatures().take(digest, "key:one", at)).as("the same submission again").isTrue();
        assertThat(storage.usedSignatures().take(digest, "key:two", at)).as("another submission: a replay").isFalse();
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
