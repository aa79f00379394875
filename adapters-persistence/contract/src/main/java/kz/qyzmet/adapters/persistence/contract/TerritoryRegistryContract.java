package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.domain.admission.Candidate.Territory;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TerritoryRegistry} keeps: an applicant placed on a school's own territory is
 * {@link Territory#OWN} for that school, one placed elsewhere is {@link Territory#OTHER}, the same applicant may be
 * own to one school and other to the next, and one the register knows nothing of is {@link Territory#UNKNOWN}.
 * Extend it with a registry placing exactly the applicants given.
 */
public abstract class TerritoryRegistryContract {

    /** An applicant's place relative to a school (never {@link Territory#UNKNOWN}). */
    protected record Placement(ProviderId school, Territory territory, Iin applicant) {
    }

    /** A registry placing exactly these applicants. */
    protected abstract TerritoryRegistry registryPlacing(List<Placement> placements);

    protected static final ProviderId SCHOOL_1 = ProviderId.of("school-1");
    protected static final ProviderId SCHOOL_2 = ProviderId.of("school-2");
    protected static final Iin NEIGHBOUR = Iin.of("061211600012");
    protected static final Iin FROM_ACROSS_TOWN = Iin.of("850101300015");

    private TerritoryRegistry placed() {
        return registryPlacing(List.of(
                new Placement(SCHOOL_1, Territory.OWN, NEIGHBOUR),
                new Placement(SCHOOL_1, Territory.OTHER, FROM_ACROSS_TOWN),
                new Placement(SCHOOL_2, Territory.OWN, FROM_ACROSS_TOWN),
                new Placement(SCHOOL_2, Territory.OTHER, NEIGHBOUR)));
    }

    @Test
    void placesEachApplicantRelativeToEachSchool() {
        TerritoryRegistry registry = placed();
        assertThat(registry.territoryOf(SCHOOL_1, NEIGHBOUR)).isEqualTo(Territory.OWN);
        assertThat(registry.territoryOf(SCHOOL_1, FROM_ACROSS_TOWN)).isEqualTo(Territory.OTHER);
        assertThat(registry.territoryOf(SCHOOL_2, FROM_ACROSS_TOWN)).isEqualTo(Territory.OWN);
        assertThat(registry.territoryOf(SCHOOL_2, NEIGHBOUR)).isEqualTo(Territory.OTHER);
    }

    @Test
    void knowsNothingOfAnApplicantItDoesNotPlace() {
        Iin stranger = Iin.of("960315300011");
        assertThat(placed().territoryOf(SCHOOL_1, stranger)).isEqualTo(Territory.UNKNOWN);
        assertThat(registryPlacing(List.of()).territoryOf(SCHOOL_1, NEIGHBOUR)).isEqualTo(Territory.UNKNOWN);
    }
}
