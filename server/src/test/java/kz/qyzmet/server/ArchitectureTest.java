package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kz.qyzmet.architecture.AdapterRules;
import kz.qyzmet.architecture.QyzmetArchitecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Qyzmet's own production code, all modules together, follows every architecture rule it publishes, and each of
 * its adapters follows the adapter rules it asks a third party's adapter to follow.
 */
class ArchitectureTest {

    private static final JavaClasses QYZMET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qyzmet");

    @Test
    void allModulesAreOnTheClassPath() {
        assertThat(QYZMET.containPackage("kz.qyzmet.domain.catalog")).isTrue();
        assertThat(QYZMET.containPackage("kz.qyzmet.application.catalog.port.in")).isTrue();
        assertThat(QYZMET.containPackage("kz.qyzmet.adapters.persistence.catalog")).isTrue();
        assertThat(QYZMET.containPackage("kz.qyzmet.adapters.rest")).isTrue();
        assertThat(QYZMET.containPackage("kz.qyzmet.embedded")).isTrue();
        assertThat(QYZMET.containPackage("kz.qyzmet.server")).isTrue();
        assertThat(QYZMET.containPackage("kz.qyzmet.embedded")).isTrue();
    }

    @Test
    void followsEveryRule() {
        QyzmetArchitecture.forRoot("kz.qyzmet").all().check(QYZMET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kz.qyzmet.adapters.rest", "kz.qyzmet.adapters.persistence"})
    void eachAdapterFollowsTheAdapterRules(String adapter) {
        AdapterRules.forAdapter(adapter).all().check(QYZMET);
    }
}
