package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kz.qyzmet.architecture.AdapterRules;
import java.util.List;
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

    /**
     * Classes still asking a processing term or a fact which member it is by {@code instanceof}: the deadline
     * clock's, being reworked for speed by the deadline work of issue 17 at the time the rule came. They give the
     * families' visitors ({@code ProcessingTerm.Visitor}, {@code Fact.fold}) their place there; then this list
     * empties and {@link #onlyTheClassesAwaitingTheDeadlineWorkBreakARuleAndOnlyByInstanceof} says so.
     */
    private static final List<String> AWAITING_THE_DEADLINE_WORK = List.of(
            "kz.qyzmet.domain.deadline.ChannelClock", "kz.qyzmet.domain.deadline.DeadlinePolicy", "kz.qyzmet.domain.deadline.TermPolicies");

    @Test
    void followsEveryRule() {
        QyzmetArchitecture.forRoot("kz.qyzmet").all()
                .check(QYZMET.that(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(awaiting()))));
    }

    @Test
    void onlyTheClassesAwaitingTheDeadlineWorkBreakARuleAndOnlyByInstanceof() {
        List<String> violations = QyzmetArchitecture.forRoot("kz.qyzmet").all().evaluate(QYZMET).getFailureReport().getDetails();
        assertThat(violations).allSatisfy(violation -> assertThat(AWAITING_THE_DEADLINE_WORK)
                .anySatisfy(awaiting -> assertThat(violation).startsWith("Method <" + awaiting + ".")
                        .contains(" checks instanceof <kz.qyzmet.domain.catalog.")));
        for (String awaiting : AWAITING_THE_DEADLINE_WORK) {
            assertThat(violations).as(awaiting + " no longer dispatches by instanceof: remove it from AWAITING_THE_DEADLINE_WORK")
                    .anySatisfy(violation -> assertThat(violation).startsWith("Method <" + awaiting + "."));
        }
    }

    private static Class<?>[] awaiting() {
        return AWAITING_THE_DEADLINE_WORK.stream().map(name -> {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " is gone: remove it from AWAITING_THE_DEADLINE_WORK", e);
            }
        }).toArray(Class<?>[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kz.qyzmet.adapters.rest", "kz.qyzmet.adapters.persistence"})
    void eachAdapterFollowsTheAdapterRules(String adapter) {
        AdapterRules.forAdapter(adapter).all().check(QYZMET);
    }
}
