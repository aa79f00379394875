package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import kz.qyzmet.architecture.QyzmetArchitecture;
import org.junit.jupiter.api.Test;

/** Qyzmet's own production code, all modules together, follows every architecture rule it publishes. */
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
    }

    @Test
    void followsEveryRule() {
        for (ArchRule rule : QyzmetArchitecture.forRoot("kz.qyzmet").rules()) {
            rule.check(QYZMET);
        }
    }
}
