package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PowerOfAttorneyRegistry} keeps: a power of attorney confirms a representative only for
 * its own principal, representative and services, and only from its first to its last day of validity, both
 * included. Extend it with a registry holding exactly the powers of attorney given.
 */
public abstract class PowerOfAttorneyRegistryContract {

    /** A notarised power of attorney, as the registry under test must hold it. */
    protected record Given(String number, Iin principal, Iin representative, Set<ServiceId> services, LocalDate validFrom,
                           LocalDate validTo, String notary) {
    }

    /** A registry holding exactly these powers of attorney. */
    protected abstract PowerOfAttorneyRegistry registryHolding(List<Given> powersOfAttorney);

    protected static final Iin PRINCIPAL = Iin.of("061211600012");
    protected static final Iin REPRESENTATIVE = Iin.of("850101300015");
    protected static final Iin OTHER_PERSON = Iin.of("960315300011");
    protected static final ServiceId DUPLICATE = ServiceId.of("education-document-duplicate");
    protected static final ServiceId MEALS = ServiceId.of("school-meals");
    protected static final ServiceId TRANSFER = ServiceId.of("school-transfer");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 15);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private PowerOfAttorneyRegistry oneOnFile() {
        return registryHolding(List.of(
                new Given("POA-2026/17", PRINCIPAL, REPRESENTATIVE, Set.of(DUPLICATE, MEALS), FROM, TO, "Notary A. Seitkali, Astana"),
                new Given("POA-2026/18", OTHER_PERSON, REPRESENTATIVE, Set.of(TRANSFER), FROM, TO, "Notary A. Seitkali, Astana")));
    }

    @Test
    void confirmsItsRepresentativeForEachOfItsServicesOnItsFirstAndLastDays() {
        PowerOfAttorneyRegistry registry = oneOnFile();
        assertThat(registry.confirms("POA-2026/17", PRINCIPAL, REPRESENTATIVE, DUPLICATE, FROM)).isTrue();
        assertThat(registry.confirms("POA-2026/17", PRINCIPAL, REPRESENTATIVE, MEALS, TO)).isTrue();
        assertThat(registry.confirms("POA-2026/18", OTHER_PERSON, REPRESENTATIVE, TRANSFER, LocalDate.of(2026, 6, 1))).isTrue();
    }

    @Test
    void confirmsNothingBeforeOrAfterItsValidity() {
        PowerOfAttorneyRegistry registry = oneOnFile();
        assertThat(registry.confirms("POA-2026/17", PRINCIPAL, REPRESENTATIVE, DUPLICATE, FROM.minusDays(1))).isFalse();
        assertThat(registry.confirms("POA-2026/17", PRINCIPAL, REPRESENTATIVE, DUPLICATE, TO.plusDays(1))).isFalse();
    }

    @Test
    void confirmsNothingForAServiceItDoesNotName() {
        assertThat(oneOnFile().confirms("POA-2026/17", PRINCIPAL, REPRESENTATIVE, TRANSFER, LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void confirmsNothingForAnotherPrincipalOrAnotherRepresentative() {
        PowerOfAttorneyRegistry registry = oneOnFile();
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(registry.confirms("POA-2026/17", OTHER_PERSON, REPRESENTATIVE, DUPLICATE, day)).isFalse();
        assertThat(registry.confirms("POA-2026/17", PRINCIPAL, OTHER_PERSON, DUPLICATE, day)).isFalse();
        assertThat(registry.confirms("POA-2026/18", PRINCIPAL, REPRESENTATIVE, TRANSFER, day)).isFalse();
    }

    @Test
    void confirmsNothingUnderANumberItDoesNotHold() {
        PowerOfAttorneyRegistry registry = oneOnFile();
        assertThat(registry.confirms("POA-2026/99", PRINCIPAL, REPRESENTATIVE, DUPLICATE, LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(registryHolding(List.of()).confirms("POA-2026/17", PRINCIPAL, REPRESENTATIVE, DUPLICATE, FROM)).isFalse();
    }
}
