package kz.qyzmet.adapters.persistence.registry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.RegisteredPerson;
import kz.qyzmet.domain.request.Iin;

/** The register of individuals, in memory: the persons a test or demo registers. Thread-safe. */
public final class InMemoryPersonRegistry implements PersonRegistry {

    private final Map<Iin, RegisteredPerson> persons = new ConcurrentHashMap<>();

    /** Registers persons known only by their IIN (a placeholder name, the birth date the IIN encodes, no address). */
    public InMemoryPersonRegistry register(Iin... iins) {
        for (Iin iin : iins) {
            register(new RegisteredPerson(iin, "-", "-", null, iin.birthDate(), null));
        }
        return this;
    }

    /** Registers a person with what the register holds about them. */
    public InMemoryPersonRegistry register(RegisteredPerson person) {
        persons.put(person.iin(), person);
        return this;
    }

    @Override
    public Optional<RegisteredPerson> find(Iin iin) {
        return Optional.ofNullable(persons.get(iin));
    }
}
