package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.memory.InMemoryNotifications;
import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;

/** The notifications contract in memory. */
class InMemoryNotificationsContractTest extends NotificationsContract {

    @Override
    protected Stores stores() {
        return new Stores(new InMemoryRequestRepository(), new InMemoryNotifications());
    }
}
