package kz.qyzmet.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Objects;

/**
 * The architecture rules of Qyzmet, as ArchUnit rules that Qyzmet's own build runs and that a third
 * party can run on its own code. The rules are relative to a root package ({@code kz.qyzmet} for Qyzmet
 * itself) under which the layers are {@code domain}, {@code application}, {@code adapters.<name>} and the
 * composition roots ({@code server}, and {@code embedded} where the hexagon is also wired for embedding,
 * which only the server may use).
 *
 * <p>Every rule bites: a rule whose classes are missing (a mistyped root, a layer that is not on the class
 * path) fails, and its message names the packages it expected to find. None of them is allowed to pass empty.
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("kz.qyzmet");
 * QyzmetArchitecture.forRoot("kz.qyzmet").all().check(classes);
 * }</pre>
 *
 * <p>For an adapter written outside Qyzmet, see {@link AdapterRules}.
 */
public final class QyzmetArchitecture {

    /**
     * What the application layer may use of the JDK: the language, collections, time, numbers, character sets
     * and message digests. Not JDBC ({@code java.sql}), not HTTP or sockets ({@code java.net}), not files
     * ({@code java.io}, {@code java.nio.file}): those are reached through ports.
     */
    static final List<String> APPLICATION_JDK = List.of(
            "java.lang", "java.lang.invoke", "java.lang.runtime", "java.lang.annotation",
            "java.util..", "java.time..", "java.math", "java.nio.charset", "java.security");

    private final String root;

    private QyzmetArchitecture(String root) {
        this.root = Objects.requireNonNull(root, "root: required");
        if (!root.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            throw new IllegalArgumentException("root: must be a package name such as kz.qyzmet, was '" + root + "'");
        }
    }

    /** The rules for the hexagon under that root package. */
    public static QyzmetArchitecture forRoot(String rootPackage) {
        return new QyzmetArchitecture(rootPackage);
    }

    /** Every rule, in the order they are best read in. */
    public List<ArchRule> rules() {
        return List.of(layering(), domainIsPureJava(), domainReadsNoClockRandomnessOrEnvironment(),
                applicationUsesOnlyItsAllowedApis(), portsInAreUseCasesAndTheirData(), portsAreInterfaces(),
                adaptersDoNotImportEachOther(), noPackageCycles(), sealedFamiliesCarryTheirBehaviour());
    }

    /** Every rule as one: checking it reports the violations of all of them together. */
    public ArchRule all() {
        return CompositeArchRule.of(rules()).as("Qyzmet's architecture under " + root);
    }

    /** Checks every rule and reports all violations at once. */
    public EvaluationResult evaluate(JavaClasses classes) {
        return all().evaluate(classes);
    }

    /**
     * Dependencies point inward: server → embedded → adapters → application → domain, never back. Both
     * {@code server} and {@code embedded} are composition roots; only the server may use the embedding builder.
     * No layer may be empty but {@code embedded}: a hexagon need not offer itself for embedding.
     */
    public ArchRule layering() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Adapters").definedBy(root + ".adapters..")
                .optionalLayer("Embedding").definedBy(root + ".embedded..")
                .layer("Server").definedBy(root + ".server..")
                .whereLayer("Server").mayNotBeAccessedByAnyLayer()
                .whereLayer("Embedding").mayOnlyBeAccessedByLayers("Server")
                .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Embedding", "Server")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Embedding", "Server")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Embedding", "Server")
                .as("Layers under " + root + ": dependencies point inward "
                        + "(server → embedded → adapters → application → domain)");
    }

    /** The domain is plain Java: no frameworks, no I/O, no logging, no {@code java.sql}, no network. */
    public ArchRule domainIsPureJava() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        root + ".domain..",
                        "java.lang", "java.lang.invoke", "java.lang.runtime", "java.lang.reflect", "java.lang.annotation",
                        "java.util", "java.util.function", "java.util.stream", "java.util.regex", "java.util.concurrent..",
                        "java.time..", "java.math")
                .as("Classes in " + root + ".domain.. depend on nothing but the JDK's language, collections, time and maths "
                        + "(no frameworks, files, logging, java.sql or network)");
    }

    /**
     * The domain is told the time and handed its random bits; it never asks the machine for them. A rule that
     * depends on the moment it runs, or on the environment, cannot be tested or replayed.
     */
    public ArchRule domainReadsNoClockRandomnessOrEnvironment() {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().callMethodWhere(MachineState.READ)
                .orShould().callConstructorWhere(MachineState.RANDOM_SOURCE)
                .as("Classes in " + root + ".domain.. do not read the clock, randomness or the environment "
                        + "(" + MachineState.READ.getDescription() + "; " + MachineState.RANDOM_SOURCE.getDescription() + ")");
    }

    /**
     * The application layer adds only Bean Validation's API and SLF4J's API to the domain and an allow-list of
     * the JDK ({@link #APPLICATION_JDK}): no JDBC, HTTP clients, sockets or files.
     */
    public ArchRule applicationUsesOnlyItsAllowedApis() {
        String[] allowed = new String[APPLICATION_JDK.size() + 4];
        allowed[0] = root + ".domain..";
        allowed[1] = root + ".application..";
        allowed[2] = "jakarta.validation..";
        allowed[3] = "org.slf4j";
        for (int i = 0; i < APPLICATION_JDK.size(); i++) {
            allowed[4 + i] = APPLICATION_JDK.get(i);
        }
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .as("Classes in " + root + ".application.. depend only on the domain, jakarta.validation, slf4j-api and "
                        + String.join(", ", APPLICATION_JDK) + " (no JDBC, HTTP clients, sockets or files)");
    }

    /**
     * A {@code port.in} package holds the use cases (interfaces) and the records they take and return, nothing
     * else: no service, no helper class, no record that no use case mentions.
     */
    public ArchRule portsInAreUseCasesAndTheirData() {
        return classes().that().resideInAPackage(root + ".application..port.in..")
                .should(new UseCaseData())
                .as("Classes in " + root + ".application..port.in.. are use-case interfaces or records that a use case "
                        + "takes or returns");
    }

    /** Use cases (ports in) and the ports out are interfaces. */
    public ArchRule portsAreInterfaces() {
        DescribedPredicate<JavaClass> portOut = JavaClass.Predicates.resideInAPackage(root + ".application..port.out..")
                .and(not(JavaClass.Predicates.assignableTo(Throwable.class)))
                .and(not(JavaClass.Predicates.ENUMS))
                .and(DescribedPredicate.describe("not a record", (JavaClass c) -> !c.isRecord()))
                .and(DescribedPredicate.describe("top-level", JavaClass::isTopLevelClass));
        DescribedPredicate<JavaClass> useCase = JavaClass.Predicates.resideInAPackage(root + ".application..port.in..")
                .and(JavaClass.Predicates.simpleNameEndingWith("UseCase"));
        return classes().that(portOut.or(useCase))
                .should().beInterfaces()
                .as("Ports under " + root + ".application are interfaces: every *UseCase in port.in and every type in "
                        + "port.out other than its records, enums and exceptions");
    }

    /** No adapter imports another; the composition root wires them. */
    public ArchRule adaptersDoNotImportEachOther() {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .as("Adapters under " + root + ".adapters.* do not import each other");
    }

    /**
     * A closed family (a sealed interface and its members: events, refusal reasons, terms, day statuses) carries
     * its behaviour on its members or declares a visitor; no class outside the family asks by {@code instanceof}
     * which member a value is. A new member then cannot be added without its behaviour: the compiler finds every
     * place that must answer for it, where an {@code instanceof} chain would let it fall into another's branch.
     */
    public ArchRule sealedFamiliesCarryTheirBehaviour() {
        return classes().that().resideInAPackage(root + "..")
                .should(new SealedFamilyDispatch())
                .as("Classes under " + root + " do not test by instanceof which member of a sealed family a value is, "
                        + "outside the family's own type (the family carries the behaviour, or declares a visitor)");
    }

    /** No cycles between packages. */
    public ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .as("No package cycles under " + root);
    }
}
