package kz.qyzmet.adapters.persistence.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;

/** The fresh databases a contract test opens — an in-memory H2 database or a PostgreSQL schema each — and closes after it. */
final class TestDatabases {

    private final List<JdbcStorage> opened = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();

    JdbcStorage h2() {
        JdbcStorage storage = JdbcStorage.connect("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        opened.add(storage);
        return storage;
    }

    JdbcStorage postgres() {
        String url = PostgresDatabase.freshSchemaUrl();
        schemas.add(url);
        JdbcStorage storage = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
        opened.add(storage);
        return storage;
    }

    void close() {
        opened.forEach(JdbcStorage::close);
        schemas.forEach(PostgresDatabase::drop);
    }
}
