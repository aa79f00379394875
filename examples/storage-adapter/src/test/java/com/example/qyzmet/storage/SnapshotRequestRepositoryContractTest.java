package com.example.qyzmet.storage;

import kz.qyzmet.adapters.persistence.contract.RequestRepositoryContract;
import kz.qyzmet.application.request.port.out.RequestRepository;

class SnapshotRequestRepositoryContractTest extends RequestRepositoryContract {

    @Override
    protected RequestRepository repository() {
        return new SnapshotRequestRepository();
    }
}
