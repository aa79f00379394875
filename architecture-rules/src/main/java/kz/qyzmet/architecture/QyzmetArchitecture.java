package kz.qyzmet.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Objects;

/**
 * The architecture rules of Qyzmet, as ArchUnit rules that Qyzmet's own build runs and that a third
 * party can run on its own code. The rules are relative to a root package ({@code kz.qyzmet} for Qyzmet
 * itself) under which the layers are {@code domain}, {@code application}, {@code adapters.<name>} and
 * {@code server} (the composition root).
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("kz.qyzmet");
 * QyzmetArchitecture.forRoot("kz.qyzmet").rules().forEach(rule -> rule.check(classes));
 * }</pre>
 *
 * <p>For an adapter written outside Qyzmet, see {@link AdapterRules}.
 */
public final class QyzmetArchitecture {

    private final String root;

    private QyzmetArchitecture(String root) {
        this.root = Objects.requireNonNull(root, "root: required");
        if (root.isBlank() || root.endsWith(".")) {
            throw new IllegalArgumentException("root: must be a package name such as kz.qyzmet, was '" + root + "'");
        }
    }

    /** The rules for the hexagon under that root package. */
    public static QyzmetArchitecture forRoot(String rootPackage) {
        return new QyzmetArchitecture(rootPackage);
    }

    /** Every rule, in the order they are best read in. */
    public List<ArchRule> rules() {
        return List.of(layering(), domainIsPureJava(), applicationDependsOnlyOnItsApis(),
                adaptersDoNotImportEachOther(), portsAreInterfaces(), noPackageCycles());
    }

    /** Checks every rule and reports all violations at once. */
    public EvaluationResult evaluate(JavaClasses classes) {
        EvaluationResult result = null;
        for (ArchRule rule : rules()) {
            EvaluationResult next = rule.evaluate(classes);
            if (result == null) {
                result = next;
            } else {
                result.add(next);
            }
        }
        return result;
    }

    /**
     * Dependencies point inward: server → (embedding →) adapters → application → domain, never back. The
     * embedding builder ({@code embedded}) is a composition root too: only the server may use it.
     */
    public ArchRule layering() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Adapters").definedBy(root + ".adapters..")
                .layer("Embedding").definedBy(root + ".embedded..")
                .layer("Server").definedBy(root + ".server..")
                .whereLayer("Server").mayNotBeAccessedByAnyLayer()
                .whereLayer("Embedding").mayOnlyBeAccessedByLayers("Server")
                .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Embedding", "Server")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Embedding", "Server")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Embedding", "Server")
                .as("Layers: dependencies point inward (server → adapters → application → domain)");
    }

    /** The domain is plain Java: no frameworks, no I/O, no logging, no {@code java.sql}, no network. */
    public ArchRule domainIsPureJava() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        root + ".domain..",
                        "java.lang", "java.lang.invoke", "java.lang.runtime", "java.lang.reflect", "java.lang.annotation",
                        "java.util", "java.util.function", "java.util.stream", "java.util.regex", "java.util.concurrent..",
                        "java.time..", "java.math")
                .allowEmptyShould(true)
                .as("The domain depends on nothing but the JDK's language, collections, time and maths "
                        + "(no frameworks, I/O, logging, java.sql or network)");
    }

    /** The application layer adds only Bean Validation's API and SLF4J's API to the JDK and the domain. */
    public ArchRule applicationDependsOnlyOnItsApis() {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        root + ".domain..", root + ".application..", "java..", "jakarta.validation..", "org.slf4j")
                .allowEmptyShould(true)
                .as("The application depends only on the domain, the JDK, jakarta.validation and slf4j-api");
    }

    /** No adapter imports another; the composition root wires them. */
    public ArchRule adaptersDoNotImportEachOther() {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .as("Adapters do not import each other");
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
                .allowEmptyShould(true)
                .as("Ports are interfaces: every *UseCase in port.in and every type in port.out other than its records, "
                        + "enums and exceptions");
    }

    /** No cycles between packages. */
    public ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .as("No package cycles");
    }
}
