package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import org.junit.jupiter.api.AfterEach;

/** The counter-visits contract on PostgreSQL (migration V9), a fresh schema per test. */
class PostgresCounterVisitsContractTest extends CounterVisitsContract {

    private final TestDatabases databases = new TestDatabases();

    @Override
    protected Stores stores() {
        JdbcStorage storage = databases.postgres();
        return new Stores(storage.requests(), storage.counterVisits());
    }

    @AfterEach
    void close() {
        databases.close();
    }
}
