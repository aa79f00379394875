package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import org.junit.jupiter.api.AfterEach;

/** The counter-visits contract on embedded H2 (migration V9), a fresh in-memory database per test. */
class JdbcCounterVisitsContractTest extends CounterVisitsContract {

    private final TestDatabases databases = new TestDatabases();

    @Override
    protected Stores stores() {
        JdbcStorage storage = databases.h2();
        return new Stores(storage.requests(), storage.counterVisits());
    }

    @AfterEach
    void close() {
        databases.close();
    }
}
