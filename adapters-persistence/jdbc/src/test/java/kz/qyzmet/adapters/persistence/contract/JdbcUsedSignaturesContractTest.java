package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.application.request.port.out.UsedSignatures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The used-signatures contract on embedded H2 and on PostgreSQL (migration V5), a fresh database per test. */
class JdbcUsedSignaturesContractTest {

    private final TestDatabases databases = new TestDatabases();

    @AfterEach
    void close() {
        databases.close();
    }

    @Nested
    class OnH2 extends UsedSignaturesContract {
        @Override
        protected UsedSignatures usedSignatures() {
            return databases.h2().usedSignatures();
        }
    }

    @Nested
    class OnPostgres extends UsedSignaturesContract {
        @Override
        protected UsedSignatures usedSignatures() {
            return databases.postgres().usedSignatures();
        }
    }
}
