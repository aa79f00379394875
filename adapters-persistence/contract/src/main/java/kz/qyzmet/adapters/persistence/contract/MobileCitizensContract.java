package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MobileCitizens} database keeps: the phone registered for an IIN comes back exactly as
 * registered (international form), and an IIN without a phone has none. Extend it with a database holding exactly
 * the phones given.
 */
public abstract class MobileCitizensContract {

    /** A database holding exactly these phones, by IIN. */
    protected abstract MobileCitizens registryHolding(Map<Iin, String> phones);

    protected static final Iin AIGERIM = Iin.of("061211600012");
    protected static final Iin REPRESENTATIVE = Iin.of("850101300015");

    @Test
    void givesThePhoneRegisteredForEachIin() {
        Map<Iin, String> phones = new LinkedHashMap<>();
        phones.put(AIGERIM, "+77011234567");
        phones.put(REPRESENTATIVE, "+77759876543");
        MobileCitizens registry = registryHolding(phones);
        assertThat(registry.phoneOf(AIGERIM)).contains("+77011234567");
        assertThat(registry.phoneOf(REPRESENTATIVE)).contains("+77759876543");
    }

    @Test
    void hasNoPhoneForAnIinNotRegistered() {
        assertThat(registryHolding(Map.of(AIGERIM, "+77011234567")).phoneOf(Iin.of("960315300011"))).isEmpty();
        assertThat(registryHolding(Map.of()).phoneOf(AIGERIM)).isEmpty();
    }
}
