package com.example.qyzmet.storage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kz.qyzmet.architecture.AdapterRules;
import org.junit.jupiter.api.Test;

class SnapshotRequestRepositoryArchitectureTest {

    @Test
    void followsQyzmetsRules() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.example.qyzmet.storage", "kz.qyzmet");
        AdapterRules.forAdapter("com.example.qyzmet.storage").rules().forEach(rule -> rule.check(classes));
    }
}
