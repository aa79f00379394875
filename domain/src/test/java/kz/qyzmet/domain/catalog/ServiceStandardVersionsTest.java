package kz.qyzmet.domain.catalog;

import static kz.qyzmet.domain.catalog.Fixtures.origin;
import static kz.qyzmet.domain.catalog.Fixtures.standard;
import static kz.qyzmet.domain.catalog.Fixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "The version in force on day D": the latest version, not a variant, that started on or before D. */
class ServiceStandardVersionsTest {

    private final StandardVersion v2015 = version(origin("v2015", LocalDate.of(2015, 11, 23)));
    private final StandardVersion v2020 = version(origin("v2020", LocalDate.of(2020, 10, 30)));
    private final StandardVersion variant = version(new VersionOrigin(CatalogCode.of("v2020-ru"),
            new EffectivePeriod(LocalDate.of(2021, 1, 1), null, "test"), Fixtures.SOURCE, true, CatalogCode.of("v2020"), "ru reading"));

    @Test
    void theLatestVersionStartedOnOrBeforeTheDayIsInForce() {
        ServiceStandard standard = standard(v2015, v2020, variant);
        assertThat(standard.versionOn(LocalDate.of(2020, 10, 29))).contains(v2015);
        assertThat(standard.versionOn(LocalDate.of(2020, 10, 30))).contains(v2020);
        assertThat(standard.versionOn(LocalDate.of(2026, 11, 23))).contains(v2020);
    }

    @Test
    void noVersionIsInForceBeforeTheFirst() {
        assertThat(standard(v2015, v2020).versionOn(LocalDate.of(2015, 11, 22))).isEmpty();
        assertThat(standard(v2015, v2020).firstDay()).isEqualTo(LocalDate.of(2015, 11, 23));
    }

    @Test
    void aVariantIsNeverChosenByDateButCanBeAskedForById() {
        ServiceStandard standard = standard(v2015, v2020, variant);
        assertThat(standard.versionOn(LocalDate.of(2022, 1, 1))).contains(v2020);
        assertThat(standard.version(CatalogCode.of("v2020-ru"))).contains(variant);
        assertThat(standard.variantsOf(CatalogCode.of("v2020"))).containsExactly(variant);
    }

    @Test
    void aStatedEndIsRespected() {
        StandardVersion ended = version(new VersionOrigin(CatalogCode.of("ended"),
                new EffectivePeriod(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 12, 31), "plan for 2024"),
                Fixtures.SOURCE, false, null, null));
        ServiceStandard standard = standard(ended);
        assertThat(standard.versionOn(LocalDate.of(2024, 12, 31))).contains(ended);
        assertThat(standard.versionOn(LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void twoVersionsStartingOnOneDayAreRejected() {
        StandardVersion twin = version(origin("twin", LocalDate.of(2020, 10, 30)));
        assertThatThrownBy(() -> standard(v2020, twin))
                .hasMessageContaining("versions.twin.validFrom: 2020-10-30 is also the start of 'v2020'");
    }

    @Test
    void aVersionMustBeBasedOnOneListedBeforeIt() {
        assertThatThrownBy(() -> standard(variant, v2020))
                .hasMessageContaining("versions.v2020-ru.basedOn: 'v2020' is not a version listed before it");
    }

    @Test
    void aStandardNeedsAVersion() {
        assertThatThrownBy(() -> standard()).hasMessageContaining("versions: at least one version that is not a variant is required");
    }

    @Test
    void duplicateVersionIdsAreRejected() {
        StandardVersion again = version(origin("v2015", LocalDate.of(2019, 1, 1)));
        assertThatThrownBy(() -> standard(v2015, again)).hasMessageContaining("versions: id 'v2015' appears twice");
    }

    @Test
    void aVariantMustNameItsBase() {
        assertThatThrownBy(() -> new VersionOrigin(CatalogCode.of("x"), new EffectivePeriod(LocalDate.of(2021, 1, 1), null, "t"),
                Fixtures.SOURCE, true, null, null))
                .hasMessageContaining("basedOn: a variant must name the version it is a variant of");
    }
}
