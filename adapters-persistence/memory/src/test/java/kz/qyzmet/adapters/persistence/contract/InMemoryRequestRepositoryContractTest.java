package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;
import kz.qyzmet.application.request.port.out.RequestRepository;

class InMemoryRequestRepositoryContractTest extends RequestRepositoryContract {

    @Override
    protected RequestRepository repository() {
        return new InMemoryRequestRepository();
    }
}
