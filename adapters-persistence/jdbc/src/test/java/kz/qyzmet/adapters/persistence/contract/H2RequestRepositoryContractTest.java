package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.application.request.port.out.RequestRepository;
import org.junit.jupiter.api.AfterEach;

/** The contract on embedded H2, a fresh in-memory database per test. */
class H2RequestRepositoryContractTest extends RequestRepositoryContract {

    private final TestDatabases databases = new TestDatabases();

    @Override
    protected RequestRepository repository() {
        return databases.h2().requests();
    }

    @AfterEach
    void close() {
        databases.close();
    }
}
