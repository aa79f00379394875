package kz.qyzmet.adapters.persistence.jdbc;

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
}
