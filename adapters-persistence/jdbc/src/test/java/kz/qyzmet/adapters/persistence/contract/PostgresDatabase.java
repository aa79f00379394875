package kz.qyzmet.adapters.persistence.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: 127.0.0.1:5432, database {@code test}, user {@code postgres}
 * (override with QYZMET_TEST_PG_URL / _USER / _PASSWORD). Without one the tests are skipped with a message
 * — except under CI=true, where they must run.
 */
public final class PostgresDatabase {

    public static final String URL = System.getenv().getOrDefault("QYZMET_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("QYZMET_TEST_PG_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("QYZMET_TEST_PG_PASSWORD", "");

    private PostgresDatabase() {
    }

    /** A new, empty schema for one test; its URL selects it. Skips (or, under CI, fails) without a server. */
    public static String freshSchemaUrl() {
        String schema = "qyzmet_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + URL + " is not reachable (" + e.getMessage() + "); start it with "
                    + "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true requires the PostgreSQL tests to run: " + message);
            }
            Assumptions.abort(message);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops the schema a {@link #freshSchemaUrl()} selected. */
    public static void drop(String schemaUrl) {
        String schema = schemaUrl.substring(schemaUrl.indexOf("currentSchema=") + "currentSchema=".length());
        if (!schema.matches("qyzmet_test_[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a test schema: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping test schema " + schema + " failed", e);
        }
    }
}
