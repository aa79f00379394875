package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.RegisteredPerson;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PersonRegistry} keeps: it gives back each person it holds with every fact as held,
 * the optional ones (patronymic, address) included or absent as held, and nobody else. Extend it with a registry
 * holding exactly the persons given.
 */
public abstract class PersonRegistryContract {

    /** A registry holding exactly these persons. */
    protected abstract PersonRegistry registryHolding(List<RegisteredPerson> persons);

    protected static final RegisteredPerson AIGERIM = new RegisteredPerson(Iin.of("061211600012"), "Сейтқали", "Айгерім",
            "Маратқызы", LocalDate.of(2006, 12, 11), "Астана, Мәңгілік Ел даңғылы, 8, пәтер 12");
    protected static final RegisteredPerson WITHOUT_OPTIONAL_FACTS = new RegisteredPerson(Iin.of("850101300015"), "Smith", "John",
            null, LocalDate.of(1985, 1, 1), null);

    @Test
    void givesBackEveryFactOfAPersonItHolds() {
        PersonRegistry registry = registryHolding(List.of(AIGERIM, WITHOUT_OPTIONAL_FACTS));
        RegisteredPerson found = registry.find(AIGERIM.iin()).orElseThrow();
        assertThat(found).isEqualTo(AIGERIM);
        assertThat(found.registeredAddress()).contains("Астана, Мәңгілік Ел даңғылы, 8, пәтер 12");
        assertThat(registry.isRegistered(AIGERIM.iin())).isTrue();
    }

    @Test
    void keepsAbsentFactsAbsent() {
        RegisteredPerson found = registryHolding(List.of(AIGERIM, WITHOUT_OPTIONAL_FACTS)).find(WITHOUT_OPTIONAL_FACTS.iin()).orElseThrow();
        assertThat(found.patronymic()).isNull();
        assertThat(found.registeredAddress()).isEmpty();
        assertThat(found).isEqualTo(WITHOUT_OPTIONAL_FACTS);
    }

    @Test
    void knowsNobodyElse() {
        PersonRegistry registry = registryHolding(List.of(AIGERIM));
        Iin stranger = Iin.of("960315300011");
        assertThat(registry.find(stranger)).isEmpty();
        assertThat(registry.isRegistered(stranger)).isFalse();
        assertThat(registryHolding(List.of()).isRegistered(AIGERIM.iin())).isFalse();
    }
}
