package kz.qyzmet.adapters.persistence.contract;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.application.request.port.out.RequestRepository;
import org.junit.jupiter.api.AfterEach;

/** The contract on PostgreSQL, a fresh schema per test. */
class PostgresRequestRepositoryContractTest extends RequestRepositoryContract {

    private final List<JdbcStorage> opened = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();

    @Override
    protected RequestRepository repository() {
        String url = PostgresDatabase.freshSchemaUrl();
        schemas.add(url);
        JdbcStorage storage = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
        opened.add(storage);
        return storage.requests();
    }

    @AfterEach
    void close() {
        opened.forEach(JdbcStorage::close);
        schemas.forEach(PostgresDatabase::drop);
    }
}
