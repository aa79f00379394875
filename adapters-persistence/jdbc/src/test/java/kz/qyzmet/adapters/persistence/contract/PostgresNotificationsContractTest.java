package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import org.junit.jupiter.api.AfterEach;

/** The notifications contract on PostgreSQL (migration V2), a fresh schema per test. */
class PostgresNotificationsContractTest extends NotificationsContract {

    private final TestDatabases databases = new TestDatabases();

    @Override
    protected Stores stores() {
        JdbcStorage storage = databases.postgres();
        return new Stores(storage.requests(), storage.notifications());
    }

    @AfterEach
    void close() {
        databases.close();
    }
}
