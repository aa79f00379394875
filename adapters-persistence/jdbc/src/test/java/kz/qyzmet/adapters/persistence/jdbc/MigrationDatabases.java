package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.contract.PostgresDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The empty databases a migration test runs on: a fresh in-memory H2 database, a fresh PostgreSQL schema (dropped after). */
final class MigrationDatabases {

    private MigrationDatabases() {
    }

    static void onH2(Consumer<DataSource> test) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        test.accept(h2);
    }

    static void onPostgres(Consumer<DataSource> test) {
        String url = PostgresDatabase.freshSchemaUrl();
        try {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(PostgresDatabase.USER);
            postgres.setPassword(PostgresDatabase.PASSWORD);
            test.accept(postgres);
        } finally {
            PostgresDatabase.drop(url);
        }
    }

    /** The indexes of {@code service_requests} on PostgreSQL by name, each with its definition ({@code CREATE INDEX …}). */
    static Map<String, String> postgresIndexes(DataSource dataSource) {
        Map<String, String> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'service_requests'");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                indexes.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return indexes;
    }

    /** The names of the indexes of {@code service_requests} on H2, in lower case. */
    static List<String> h2Indexes(DataSource dataSource) {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'SERVICE_REQUESTS'");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return indexes;
    }
}
