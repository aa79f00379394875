package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import org.junit.jupiter.api.AfterEach;

/** The notifications contract on embedded H2 (migration V2), a fresh in-memory database per test. */
class JdbcNotificationsContractTest extends NotificationsContract {

    private final TestDatabases databases = new TestDatabases();

    @Override
    protected Stores stores() {
        JdbcStorage storage = databases.h2();
        return new Stores(storage.requests(), storage.notifications());
    }

    @AfterEach
    void close() {
        databases.close();
    }
}
