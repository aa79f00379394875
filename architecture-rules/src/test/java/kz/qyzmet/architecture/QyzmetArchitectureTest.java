package kz.qyzmet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Proves each rule on fixtures: a clean hexagon passes every rule, and each deliberately bad class set
 * breaks exactly the rule meant to catch it, naming the offending class.
 */
class QyzmetArchitectureTest {

    private static EvaluationResult evaluate(String root, Function<QyzmetArchitecture, ArchRule> rule) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertThat(classes).as("fixture classes under " + root).isNotEmpty();
        return rule.apply(QyzmetArchitecture.forRoot(root)).evaluate(classes);
    }

    private static void assertCaught(String root, Function<QyzmetArchitecture, ArchRule> rule, String offender) {
        EvaluationResult result = evaluate(root, rule);
        assertThat(result.hasViolation()).as("rule must catch the violation in " + root).isTrue();
        assertThat(result.getFailureReport().toString()).contains(offender);
    }

    @Test
    void aCleanHexagonPassesEveryRule() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.good");
        EvaluationResult result = QyzmetArchitecture.forRoot("archfixture.good").evaluate(classes);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void layeringCatchesAnAdapterReachingTheEmbeddingBuilder() {
        assertCaught("archfixture.builder", QyzmetArchitecture::layering, "archfixture.builder.adapters.store.ReachesTheBuilder");
    }

    @Test
    void layeringCatchesTheDomainReachingUpIntoTheApplication() {
        assertCaught("archfixture.upward", QyzmetArchitecture::layering, "archfixture.upward.domain.Upward");
    }

    @Test
    void domainPurityCatchesJavaSql() {
        assertCaught("archfixture.sql", QyzmetArchitecture::domainIsPureJava, "java.sql.Connection");
    }

    @Test
    void domainPurityCatchesLogging() {
        assertCaught("archfixture.logging", QyzmetArchitecture::domainIsPureJava, "org.slf4j.LoggerFactory");
    }

    @Test
    void domainPurityCatchesFileIo() {
        assertCaught("archfixture.files", QyzmetArchitecture::domainIsPureJava, "java.nio.file.Files");
    }

    @Test
    void applicationRuleCatchesAFramework() {
        assertCaught("archfixture.framework", QyzmetArchitecture::applicationDependsOnlyOnItsApis,
                "com.tngtech.archunit.core.importer.ClassFileImporter");
    }

    @Test
    void adapterIsolationCatchesOneAdapterImportingAnother() {
        assertCaught("archfixture.cross", QyzmetArchitecture::adaptersDoNotImportEachOther,
                "archfixture.cross.adapters.web.Controller");
    }

    @Test
    void portRuleCatchesAClassWhereAnInterfaceBelongs() {
        EvaluationResult result = evaluate("archfixture.portclass", QyzmetArchitecture::portsAreInterfaces);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("archfixture.portclass.application.thing.port.out.LoadThingPort")
                .contains("archfixture.portclass.application.thing.port.in.DoThingUseCase");
    }

    @Test
    void cycleRuleCatchesTwoPackagesUsingEachOther() {
        assertCaught("archfixture.cycle", QyzmetArchitecture::noPackageCycles, "archfixture.cycle.domain.a.A");
    }

    @Test
    void aThirdPartyAdapterThroughPortsPasses() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.thirdparty.good", "archfixture.good");
        for (ArchRule rule : AdapterRules.forAdapter("archfixture.thirdparty.good", "archfixture.good").rules()) {
            EvaluationResult result = rule.evaluate(classes);
            assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
        }
    }

    @Test
    void aThirdPartyAdapterReachingIntoQyzmetsAdaptersAndServicesFails() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.thirdparty.bad", "archfixture.good");
        AdapterRules rules = AdapterRules.forAdapter("archfixture.thirdparty.bad", "archfixture.good");
        EvaluationResult adapters = rules.doesNotImportQyzmetAdaptersOrServer().evaluate(classes);
        EvaluationResult services = rules.usesTheApplicationOnlyThroughPorts().evaluate(classes);
        assertThat(adapters.hasViolation()).isTrue();
        assertThat(adapters.getFailureReport().toString()).contains("archfixture.good.adapters.store.ThingStore");
        assertThat(services.hasViolation()).isTrue();
        assertThat(services.getFailureReport().toString()).contains("archfixture.good.application.thing.ThingService");
    }

    @Test
    void aRootPackageMustBeAPackageName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QyzmetArchitecture.forRoot("kz.qyzmet."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("root");
    }
}
