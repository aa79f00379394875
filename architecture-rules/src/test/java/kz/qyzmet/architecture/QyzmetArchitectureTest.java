package kz.qyzmet.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Proves each rule on fixtures: a clean hexagon passes every rule, and each deliberately bad class set
 * breaks the rule meant to catch it with exactly the violations listed, no more and no fewer.
 */
class QyzmetArchitectureTest {

    static List<String> violations(String root, Function<QyzmetArchitecture, ArchRule> rule) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertThat(classes).as("fixture classes under " + root).isNotEmpty();
        EvaluationResult result = rule.apply(QyzmetArchitecture.forRoot(root)).evaluate(classes);
        return lines(result);
    }

    /** The violations one per line (a slice rule reports several lines per violation), without indentation. */
    static List<String> lines(EvaluationResult result) {
        return result.getFailureReport().getDetails().stream()
                .flatMap(String::lines).map(String::strip).toList();
    }

    @Test
    void aCleanHexagonPassesEveryRule() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.good");
        EvaluationResult result = QyzmetArchitecture.forRoot("archfixture.good").all().evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void layeringCatchesAnAdapterReachingTheEmbeddingBuilder() {
        assertThat(violations("archfixture.builder", QyzmetArchitecture::layering)).containsExactlyInAnyOrder(
                        "Layer 'Application' is empty",
                        "Layer 'Domain' is empty",
                        "Layer 'Server' is empty",
                        "Method <archfixture.builder.adapters.store.ReachesTheBuilder.wired()> calls constructor <archfixture.builder.embedded.Builder.<init>()> in (ReachesTheBuilder.java:8)",
                        "Method <archfixture.builder.adapters.store.ReachesTheBuilder.wired()> calls method <archfixture.builder.embedded.Builder.wired()> in (ReachesTheBuilder.java:8)");
    }

    @Test
    void layeringCatchesTheDomainReachingUpIntoTheApplication() {
        assertThat(violations("archfixture.upward", QyzmetArchitecture::layering)).containsExactlyInAnyOrder(
                        "Layer 'Adapters' is empty",
                        "Layer 'Server' is empty",
                        "Method <archfixture.upward.domain.Upward.service()> calls constructor <archfixture.upward.application.Service.<init>()> in (Upward.java:7)",
                        "Method <archfixture.upward.domain.Upward.service()> has return type <archfixture.upward.application.Service> in (Upward.java:0)");
    }

    @Test
    void domainPurityCatchesJavaSql() {
        assertThat(violations("archfixture.sql", QyzmetArchitecture::domainIsPureJava)).containsExactlyInAnyOrder(
                        "Method <archfixture.sql.domain.Leaky.close(java.sql.Connection)> calls method <java.sql.Connection.close()> in (Leaky.java:8)",
                        "Method <archfixture.sql.domain.Leaky.close(java.sql.Connection)> has parameter of type <java.sql.Connection> in (Leaky.java:0)",
                        "Method <archfixture.sql.domain.Leaky.close(java.sql.Connection)> throws type <java.sql.SQLException> in (Leaky.java:0)");
    }

    @Test
    void domainPurityCatchesLogging() {
        assertThat(violations("archfixture.logging", QyzmetArchitecture::domainIsPureJava)).containsExactlyInAnyOrder(
                        "Method <archfixture.logging.domain.Chatty.say()> calls method <org.slf4j.Logger.info(java.lang.String)> in (Chatty.java:7)",
                        "Method <archfixture.logging.domain.Chatty.say()> calls method <org.slf4j.LoggerFactory.getLogger(java.lang.Class)> in (Chatty.java:7)");
    }

    @Test
    void domainPurityCatchesFileIo() {
        assertThat(violations("archfixture.files", QyzmetArchitecture::domainIsPureJava)).containsExactlyInAnyOrder(
                        "Method <archfixture.files.domain.Reads.read(java.nio.file.Path)> calls method <java.nio.file.Files.readString(java.nio.file.Path)> in (Reads.java:9)",
                        "Method <archfixture.files.domain.Reads.read(java.nio.file.Path)> has parameter of type <java.nio.file.Path> in (Reads.java:0)",
                        "Method <archfixture.files.domain.Reads.read(java.nio.file.Path)> throws type <java.io.IOException> in (Reads.java:0)");
    }

    /** {@code Stamped.told(Clock)} calls {@code Instant.now(clock)}: being told the time is allowed. */
    @Test
    void theDomainIsToldTheTimeAndItsRandomBits() {
        assertThat(violations("archfixture.clock", QyzmetArchitecture::domainReadsNoClockRandomnessOrEnvironment)).containsExactlyInAnyOrder(
                        "Method <archfixture.clock.domain.Stamped.clock()> calls method <java.time.Clock.systemUTC()> in (Stamped.java:28)",
                        "Method <archfixture.clock.domain.Stamped.dice()> calls constructor <java.util.Random.<init>()> in (Stamped.java:32)",
                        "Method <archfixture.clock.domain.Stamped.home()> calls method <java.lang.System.getenv(java.lang.String)> in (Stamped.java:24)",
                        "Method <archfixture.clock.domain.Stamped.id()> calls method <java.util.UUID.randomUUID()> in (Stamped.java:20)",
                        "Method <archfixture.clock.domain.Stamped.stamp()> calls method <java.time.Instant.now()> in (Stamped.java:12)");
    }

    @Test
    void applicationRuleCatchesAFramework() {
        assertThat(violations("archfixture.framework", QyzmetArchitecture::applicationUsesOnlyItsAllowedApis)).containsExactlyInAnyOrder(
                        "Method <archfixture.framework.application.UsesFramework.importer()> calls constructor <com.tngtech.archunit.core.importer.ClassFileImporter.<init>()> in (UsesFramework.java:7)");
    }

    @Test
    void applicationRuleCatchesJdbcHttpAndFiles() {
        assertThat(violations("archfixture.jdbcapp", QyzmetArchitecture::applicationUsesOnlyItsAllowedApis)).containsExactlyInAnyOrder(
                        "Method <archfixture.jdbcapp.application.Loads.client()> calls method <java.net.http.HttpClient.newHttpClient()> in (Loads.java:19)",
                        "Method <archfixture.jdbcapp.application.Loads.client()> has return type <java.net.http.HttpClient> in (Loads.java:0)",
                        "Method <archfixture.jdbcapp.application.Loads.connect(java.lang.String)> calls method <java.sql.DriverManager.getConnection(java.lang.String)> in (Loads.java:15)",
                        "Method <archfixture.jdbcapp.application.Loads.connect(java.lang.String)> has return type <java.sql.Connection> in (Loads.java:0)",
                        "Method <archfixture.jdbcapp.application.Loads.connect(java.lang.String)> throws type <java.sql.SQLException> in (Loads.java:0)",
                        "Method <archfixture.jdbcapp.application.Loads.read(java.nio.file.Path)> calls method <java.nio.file.Files.readString(java.nio.file.Path)> in (Loads.java:23)",
                        "Method <archfixture.jdbcapp.application.Loads.read(java.nio.file.Path)> has parameter of type <java.nio.file.Path> in (Loads.java:0)",
                        "Method <archfixture.jdbcapp.application.Loads.read(java.nio.file.Path)> throws type <java.io.IOException> in (Loads.java:0)");
    }

    @Test
    void adapterIsolationCatchesOneAdapterImportingAnother() {
        assertThat(violations("archfixture.cross", QyzmetArchitecture::adaptersDoNotImportEachOther)).containsExactlyInAnyOrder(
                        "Slice web depends on Slice store:",
                        "Method <archfixture.cross.adapters.web.Controller.store()> has return type <archfixture.cross.adapters.store.Store> in (Controller.java:0)",
                        "Method <archfixture.cross.adapters.web.Controller.store()> calls constructor <archfixture.cross.adapters.store.Store.<init>()> in (Controller.java:7)");
    }

    @Test
    void portRuleCatchesAClassWhereAnInterfaceBelongs() {
        assertThat(violations("archfixture.portclass", QyzmetArchitecture::portsAreInterfaces)).containsExactlyInAnyOrder(
                        "Class <archfixture.portclass.application.thing.port.in.DoThingUseCase> is no interface in (DoThingUseCase.java:0)",
                        "Class <archfixture.portclass.application.thing.port.out.LoadThingPort> is no interface in (LoadThingPort.java:0)");
    }

    @Test
    void portInHoldsOnlyUseCasesAndWhatTheyTakeAndReturn() {
        assertThat(violations("archfixture.portin", QyzmetArchitecture::portsInAreUseCasesAndTheirData)).containsExactlyInAnyOrder(
                        "archfixture.portin.application.thing.port.in.Orphan is a record that no use case takes or returns in (Orphan.java:0)",
                        "archfixture.portin.application.thing.port.in.ThingFinder is neither an interface nor a record in (ThingFinder.java:0)");
    }

    @Test
    void cycleRuleCatchesTwoPackagesUsingEachOther() {
        assertThat(violations("archfixture.cycle", QyzmetArchitecture::noPackageCycles)).containsExactlyInAnyOrder(
                        "Cycle detected: Slice domain.a ->",
                        "Slice domain.b ->",
                        "Slice domain.a",
                        "1. Dependencies of Slice domain.a",
                        "- Method <archfixture.cycle.domain.a.A.b()> has return type <archfixture.cycle.domain.b.B> in (A.java:0)",
                        "- Method <archfixture.cycle.domain.a.A.b()> calls constructor <archfixture.cycle.domain.b.B.<init>()> in (A.java:7)",
                        "2. Dependencies of Slice domain.b",
                        "- Method <archfixture.cycle.domain.b.B.a()> has return type <archfixture.cycle.domain.a.A> in (B.java:0)");
    }

    /**
     * {@code Tally} and {@code EventJson} dispatch over the sealed {@code Event} family, down to a member of its sealed
     * sub-family {@code Warning}; {@code Event}'s own test of a member, a test against the root and a test against a
     * member of an open family pass.
     */
    @Test
    void sealedFamilyRuleCatchesInstanceofDispatchOutsideTheFamily() {
        assertThat(violations("archfixture.sealed", QyzmetArchitecture::sealedFamiliesCarryTheirBehaviour)).containsExactlyInAnyOrder(
                "Method <archfixture.sealed.adapters.web.EventJson.name(archfixture.sealed.domain.Event)> checks instanceof <archfixture.sealed.domain.Event$Overdue> in (EventJson.java:9): a member of the sealed family <archfixture.sealed.domain.Event>; give the family the behaviour, or a visitor",
                "Method <archfixture.sealed.domain.Tally.count(archfixture.sealed.domain.Event)> checks instanceof <archfixture.sealed.domain.Event$Issued> in (Tally.java:10): a member of the sealed family <archfixture.sealed.domain.Event>; give the family the behaviour, or a visitor",
                "Method <archfixture.sealed.domain.Tally.count(archfixture.sealed.domain.Event)> checks instanceof <archfixture.sealed.domain.Event$Warning> in (Tally.java:12): a member of the sealed family <archfixture.sealed.domain.Event>; give the family the behaviour, or a visitor");
    }

    @Test
    void everyRuleFailsOnAFixtureThatImportsNothingNamingWhatItExpected() {
        JavaClasses nothing = new ClassFileImporter().importPackages("archfixture.nothing");
        assertThat(nothing).isEmpty();
        QyzmetArchitecture rules = QyzmetArchitecture.forRoot("archfixture.nothing");
        assertThat(failureOf(rules.layering(), nothing)).containsExactlyInAnyOrder(
                "Layer 'Adapters' is empty", "Layer 'Application' is empty", "Layer 'Domain' is empty", "Layer 'Server' is empty");
        assertThat(rules.rules()).hasSize(9);
        for (ArchRule rule : rules.rules().subList(1, rules.rules().size())) {
            assertThat(failureOf(rule, nothing)).singleElement().asString()
                    .startsWith("Rule '" + rule.getDescription() + "' failed to check any classes")
                    .contains("archfixture.nothing");
        }
        assertThat(rules.rules()).extracting(ArchRule::getDescription).containsExactly(
                "Layers under archfixture.nothing: dependencies point inward "
                        + "(server → embedded → adapters → application → domain)",
                "Classes in archfixture.nothing.domain.. depend on nothing but the JDK's language, collections, time and maths "
                        + "(no frameworks, files, logging, java.sql or network)",
                "Classes in archfixture.nothing.domain.. do not read the clock, randomness or the environment "
                        + "(Instant.now() and the other argument-less now(), Clock.system*(), UUID.randomUUID(), Math.random(), "
                        + "ThreadLocalRandom.current(), System.getenv/getProperty/currentTimeMillis/nanoTime; "
                        + "new Random(), new SecureRandom())",
                "Classes in archfixture.nothing.application.. depend only on the domain, jakarta.validation, slf4j-api and "
                        + "java.lang, java.lang.invoke, java.lang.runtime, java.lang.annotation, java.util.., java.time.., "
                        + "java.math, java.nio.charset, java.security (no JDBC, HTTP clients, sockets or files)",
                "Classes in archfixture.nothing.application..port.in.. are use-case interfaces or records that a use case "
                        + "takes or returns",
                "Ports under archfixture.nothing.application are interfaces: every *UseCase in port.in and every type in "
                        + "port.out other than its records, enums and exceptions",
                "Adapters under archfixture.nothing.adapters.* do not import each other",
                "No package cycles under archfixture.nothing",
                "Classes under archfixture.nothing do not test by instanceof which member of a sealed family a value is, "
                        + "outside the family's own type (the family carries the behaviour, or declares a visitor)");
    }

    @Test
    void aMistypedRootFailsInsteadOfPassing() {
        JavaClasses good = new ClassFileImporter().importPackages("archfixture.good");
        assertThat(failureOf(QyzmetArchitecture.forRoot("archfixture.godo").all(), good)).singleElement().asString()
                .startsWith("Rule 'Classes in archfixture.godo.domain.. depend on nothing but the JDK's")
                .contains("failed to check any classes");
    }

    /** The violations of a rule, or the one message of a rule that refuses to check nothing. */
    static List<String> failureOf(ArchRule rule, JavaClasses classes) {
        try {
            return lines(rule.evaluate(classes));
        } catch (AssertionError e) {
            return List.of(e.getMessage());
        }
    }

    @Test
    void anAdapterMayUseItsOwnPackagesButNotAnotherAdapter() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.cross");
        AdapterRules web = AdapterRules.forAdapter("archfixture.cross.adapters.web", "archfixture.cross");
        AdapterRules store = AdapterRules.forAdapter("archfixture.cross.adapters.store", "archfixture.cross");
        assertThat(lines(store.doesNotImportQyzmetAdaptersOrServer().evaluate(classes))).isEmpty();
        assertThat(lines(web.doesNotImportQyzmetAdaptersOrServer().evaluate(classes))).containsExactlyInAnyOrder(
                "Method <archfixture.cross.adapters.web.Controller.store()> calls constructor <archfixture.cross.adapters.store.Store.<init>()> in (Controller.java:7)",
                "Method <archfixture.cross.adapters.web.Controller.store()> has return type <archfixture.cross.adapters.store.Store> in (Controller.java:0)");
    }

    @Test
    void aThirdPartyAdapterThroughPortsPasses() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.thirdparty.good", "archfixture.good");
        EvaluationResult result = AdapterRules.forAdapter("archfixture.thirdparty.good", "archfixture.good").all().evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void aThirdPartyAdapterReachingIntoQyzmetsAdaptersAndServicesFails() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.thirdparty.bad", "archfixture.good");
        AdapterRules rules = AdapterRules.forAdapter("archfixture.thirdparty.bad", "archfixture.good");
        assertThat(lines(rules.doesNotImportQyzmetAdaptersOrServer().evaluate(classes))).containsExactly(
                "Method <archfixture.thirdparty.bad.Sneaky.service()> calls constructor <archfixture.good.adapters.store.ThingStore.<init>()> in (Sneaky.java:8)");
        assertThat(lines(rules.usesTheApplicationOnlyThroughPorts().evaluate(classes))).containsExactlyInAnyOrder(
                "Method <archfixture.thirdparty.bad.Sneaky.service()> calls constructor <archfixture.good.application.thing.ThingService.<init>(archfixture.good.application.thing.port.out.LoadThingPort)> in (Sneaky.java:8)",
                "Method <archfixture.thirdparty.bad.Sneaky.service()> has return type <archfixture.good.application.thing.ThingService> in (Sneaky.java:0)");
    }

    @Test
    void anAdapterRuleForAMistypedPackageFails() {
        JavaClasses classes = new ClassFileImporter().importPackages("archfixture.thirdparty.good", "archfixture.good");
        assertThat(failureOf(AdapterRules.forAdapter("archfixture.thirdparty.godo", "archfixture.good").all(), classes))
                .singleElement().asString()
                .startsWith("Rule 'The adapter in archfixture.thirdparty.godo.. does not import Qyzmet's other adapters or its server")
                .contains("failed to check any classes");
    }

    @Test
    void aRootPackageMustBeAPackageName() {
        assertThatThrownBy(() -> QyzmetArchitecture.forRoot("kz.qyzmet."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("root");
    }
}
