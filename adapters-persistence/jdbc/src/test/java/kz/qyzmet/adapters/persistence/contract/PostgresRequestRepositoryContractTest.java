package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.application.request.port.out.RequestRepository;
import org.junit.jupiter.api.AfterEach;

/** The contract on PostgreSQL, a fresh schema per test. */
class PostgresRequestRepositoryContractTest extends RequestRepositoryContract {

    private final TestDatabases databases = new TestDatabases();

    @Override
    protected RequestRepository repository() {
        return databases.postgres().requests();
    }

    @AfterEach
    void close() {
        databases.close();
    }
}
