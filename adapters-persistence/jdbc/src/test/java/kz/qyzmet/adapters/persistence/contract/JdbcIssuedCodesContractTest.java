package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The issued-codes contract on embedded H2 and on PostgreSQL (migration V14), a fresh database per test; the second
 * handle is a second store with its own connection pool on the same database, as a second server holds it.
 */
class JdbcIssuedCodesContractTest {

    private final TestDatabases databases = new TestDatabases();

    @AfterEach
    void close() {
        databases.close();
    }

    /** The suite on one kind of database; the second handle is a second store on the same database. */
    abstract class OnDatabase extends IssuedCodesContract {
        private JdbcStorage storage;

        abstract JdbcStorage open();

        @Override
        protected IssuedCodes issuedCodes() {
            storage = open();
            return storage.issuedCodes();
        }

        @Override
        protected IssuedCodes sameStoreElsewhere() {
            return databases.again(storage).issuedCodes();
        }
    }

    @Nested
    class OnH2 extends OnDatabase {
        @Override
        JdbcStorage open() {
            return databases.h2();
        }
    }

    @Nested
    class OnPostgres extends OnDatabase {
        @Override
        JdbcStorage open() {
            return databases.postgres();
        }
    }
}
