package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.memory.InMemoryCounterVisits;
import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;

/** The counter-visits contract in memory. */
class InMemoryCounterVisitsContractTest extends CounterVisitsContract {

    @Override
    protected Stores stores() {
        return new Stores(new InMemoryRequestRepository(), new InMemoryCounterVisits());
    }
}
