package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.memory.InMemoryUsedSignatures;
import kz.qyzmet.application.request.port.out.UsedSignatures;

/** The used-signatures contract in memory. */
class InMemoryUsedSignaturesContractTest extends UsedSignaturesContract {

    @Override
    protected UsedSignatures usedSignatures() {
        return new InMemoryUsedSignatures();
    }
}
