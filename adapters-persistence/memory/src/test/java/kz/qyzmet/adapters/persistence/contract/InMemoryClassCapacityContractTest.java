package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.registry.InMemoryClassCapacity;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.domain.request.ProviderId;

/** The class-capacity contract on the configured places. */
class InMemoryClassCapacityContractTest extends ClassCapacityContract {

    @Override
    protected ClassCapacity statingPlaces(ProviderId school, int year, int places) {
        return new InMemoryClassCapacity().places(school, year, places);
    }
}
