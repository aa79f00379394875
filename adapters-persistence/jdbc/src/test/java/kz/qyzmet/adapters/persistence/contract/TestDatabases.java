package kz.qyzmet.adapters.persistence.contract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;

/** The fresh databases a contract test opens — an in-memory H2 database or a PostgreSQL schema each — and closes after it. */
final class TestDatabases {

    private final List<JdbcStorage> opened = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private final Map<JdbcStorage, String[]> logins = new IdentityHashMap<>();

    JdbcStorage h2() {
        return open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    JdbcStorage postgres() {
        String url = PostgresDatabase.freshSchemaUrl();
        schemas.add(url);
        return open(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
    }

    /** A second store, with its own connection pool, on the database of one opened here: as a second server sees it. */
    JdbcStorage again(JdbcStorage storage) {
        String[] login = logins.get(storage);
        if (login == null) {
            throw new IllegalArgumentException("storage: not opened by these test databases");
        }
        return open(login[0], login[1], login[2]);
    }

    private JdbcStorage open(String url, String user, String password) {
        JdbcStorage storage = JdbcStorage.connect(url, user, password);
        opened.add(storage);
        logins.put(storage, new String[] {url, user, password});
        return storage;
    }

    void close() {
        opened.forEach(JdbcStorage::close);
        schemas.forEach(PostgresDatabase::drop);
    }
}
