package kz.qyzmet.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Objects;

/**
 * The rules a third party's adapter module runs in its own CI to prove it plugs into Qyzmet the way
 * Qyzmet's own adapters do: it talks to the application only through its ports (and the domain), and it
 * imports neither Qyzmet's (other) adapters nor its server. Qyzmet's build runs the same rules on each of its
 * own adapters. A rule that finds no class of the adapter fails, naming the package it looked in.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.qyzmet.storage")
 * class MyAdapterArchitectureTest {
 *     @ArchTest
 *     void followsQyzmetRules(JavaClasses classes) {
 *         AdapterRules.forAdapter("com.example.qyzmet.storage").all().check(classes);
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

    /** Every adapter rule. */
    public List<ArchRule> rules() {
        return List.of(doesNotImportQyzmetAdaptersOrServer(), usesTheApplicationOnlyThroughPorts());
    }

    /** Every adapter rule as one. */
    public ArchRule all() {
        return CompositeArchRule.of(rules()).as("Qyzmet's adapter rules for " + adapterPackage);
    }

    /** The adapter stands beside Qyzmet's adapters; it does not import them (but itself) or a composition root (the embedding builder, the server). */
    public ArchRule doesNotImportQyzmetAdaptersOrServer() {
        return noClasses().that().resideInAPackage(adapterPackage + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(qyzmetRoot + ".adapters..", qyzmetRoot + ".server..",
                                qyzmetRoot + ".embedded..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(adapterPackage + "..")))
                .as("The adapter in " + adapterPackage + ".. does not import Qyzmet's other adapters or its server ("
                        + qyzmetRoot + ".adapters.., " + qyzmetRoot + ".server.., " + qyzmetRoot + ".embedded..)");
    }

    /**
     * The adapter reaches the application through its ports: it may use the port interfaces, their
     * commands and results, and the application's exceptions (with the types nested in them, such as a
     * violation an exception lists), but not the services implementing the use cases.
     */
    public ArchRule usesTheApplicationOnlyThroughPorts() {
        return noClasses().that().resideInAPackage(adapterPackage + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(qyzmetRoot + ".application..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(qyzmetRoot + ".application..port.."))
                        .and(not(DescribedPredicate.describe("an exception or a type nested in one", AdapterRules::partOfAnException))))
                .as("The adapter in " + adapterPackage + ".. uses " + qyzmetRoot + ".application only through its ports "
                        + "(and its exceptions)");
    }

    private static boolean partOfAnException(JavaClass type) {
        return type.isAssignableTo(Throwable.class)
                || type.getEnclosingClass().map(AdapterRules::partOfAnException).orElse(false);
    }
}
