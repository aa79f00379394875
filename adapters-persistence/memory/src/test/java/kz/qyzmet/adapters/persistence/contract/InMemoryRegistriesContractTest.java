package kz.qyzmet.adapters.persistence.contract;

import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.persistence.registry.InMemoryMobileCitizens;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.adapters.persistence.registry.InMemoryPowerOfAttorneyRegistry;
import kz.qyzmet.adapters.persistence.registry.InMemoryTerritoryRegistry;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.application.request.port.out.RegisteredPerson;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Nested;

/** The in-memory registries keep the registry contracts. */
class InMemoryRegistriesContractTest {

    @Nested
    class PowersOfAttorney extends PowerOfAttorneyRegistryContract {
        @Override
        protected PowerOfAttorneyRegistry registryHolding(List<Given> powersOfAttorney) {
            InMemoryPowerOfAttorneyRegistry registry = new InMemoryPowerOfAttorneyRegistry();
            powersOfAttorney.forEach(p -> registry.register(p.number(), p.principal(), p.representative(), p.services(),
                    p.validFrom(), p.validTo()));
            return registry;
        }
    }

    @Nested
    class Persons extends PersonRegistryContract {
        @Override
        protected PersonRegistry registryHolding(List<RegisteredPerson> persons) {
            InMemoryPersonRegistry registry = new InMemoryPersonRegistry();
            persons.forEach(registry::register);
            return registry;
        }
    }

    @Nested
    class Territories extends TerritoryRegistryContract {
        @Override
        protected TerritoryRegistry registryPlacing(List<Placement> placements) {
            InMemoryTerritoryRegistry registry = new InMemoryTerritoryRegistry();
            placements.forEach(p -> registry.place(p.school(), p.territory(), p.applicant()));
            return registry;
        }
    }

    @Nested
    class Phones extends MobileCitizensContract {
        @Override
        protected MobileCitizens registryHolding(Map<Iin, String> phones) {
            InMemoryMobileCitizens registry = new InMemoryMobileCitizens();
            phones.forEach(registry::register);
            return registry;
        }
    }
}
