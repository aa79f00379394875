package kz.qyzmet.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Objects;

/**
 * The rules a third party's adapter module runs in its own CI to prove it plugs into Qyzmet the way
 * Qyzmet's own adapters do: it talks to the application only through its ports (and the domain), and it
 * imports neither Qyzmet's adapters nor its server.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.qyzmet.storage")
 * class MyAdapterArchitectureTest {
 *     @ArchTest
 *     void followsQyzmetRules(JavaClasses classes) {
 *         AdapterRules.forAdapter("com.example.qyzmet.storage").rules().forEach(rule -> rule.check(classes));
 *     }
 * }
 * }</pre>
 */
public final class AdapterRules {

    private final String adapterPackage;
    private final String qyzmetRoot;

    private AdapterRules(String adapterPackage, String qyzmetRoot) {
        this.adapterPackage = Objects.requireNonNull(adapterPackage, "adapterPackage: required");
        this.qyzmetRoot = Objects.requireNonNull(qyzmetRoot, "qyzmetRoot: required");
    }

    /** Rules for an adapter under {@code adapterPackage}, plugging into Qyzmet ({@code kz.qyzmet}). */
    public static AdapterRules forAdapter(String adapterPackage) {
        return new AdapterRules(adapterPackage, "kz.qyzmet");
    }

    /** Rules for an adapter plugging into a Qyzmet-shaped hexagon under another root (used by Qyzmet's tests). */
    public static AdapterRules forAdapter(String adapterPackage, String qyzmetRoot) {
        return new AdapterRules(adapterPackage, qyzmetRoot);
    }

    public List<ArchRule> rules() {
        return List.of(doesNotImportQyzmetAdaptersOrServer(), usesTheApplicationOnlyThroughPorts());
    }

    /** The adapter stands beside Qyzmet's adapters; it does not import them or a composition root (the embedding builder, the server). */
    public ArchRule doesNotImportQyzmetAdaptersOrServer() {
        return noClasses().that().resideInAPackage(adapterPackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(qyzmetRoot + ".adapters..", qyzmetRoot + ".embedded..",
                        qyzmetRoot + ".server..")
                .allowEmptyShould(true)
                .as("An adapter does not import Qyzmet's adapters or its server");
    }

    /**
     * The adapter reaches the application through its ports: it may use the port interfaces, their
     * commands and results, and the application's exceptions, but not the services implementing the use cases.
     */
    public ArchRule usesTheApplicationOnlyThroughPorts() {
        return noClasses().that().resideInAPackage(adapterPackage + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(qyzmetRoot + ".application..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(qyzmetRoot + ".application..port.."))
                        .and(not(JavaClass.Predicates.assignableTo(Throwable.class)))
                        .and(not(JavaClass.Predicates.simpleName("CommandValidator"))))
                .allowEmptyShould(true)
                .as("An adapter uses the application only through its ports (and its exceptions)");
    }
}
