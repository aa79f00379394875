package kz.qyzmet.adapters.persistence.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.application.request.port.out.RequestRepository;
import org.junit.jupiter.api.AfterEach;

/** The contract on embedded H2, a fresh in-memory database per test. */
class H2RequestRepositoryContractTest extends RequestRepositoryContract {

    private final List<JdbcStorage> opened = new ArrayList<>();

    @Override
    protected RequestRepository repository() {
        JdbcStorage storage = JdbcStorage.connect("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        opened.add(storage);
        return storage.requests();
    }

    @AfterEach
    void close() {
        opened.forEach(JdbcStorage::close);
    }
}
