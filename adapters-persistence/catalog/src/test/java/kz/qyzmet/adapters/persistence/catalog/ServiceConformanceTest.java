package kz.qyzmet.adapters.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.OtherRequirement;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.WorkSchedule;

/**
 * Base of the per-service conformance tests: each checks the built-in catalog's fields for one service
 * against the words of its sources. {@link #known} asserts a fact is known and that its citation quotes the
 * cited source verbatim and contains the given words, so a test fails both when a value drifts from the
 * source and when the citation stops proving it.
 */
abstract class ServiceConformanceTest {

    static final kz.qyzmet.domain.catalog.Catalog CATALOG = JsonCatalogSource.builtIn().catalog();
    static final SourceTexts SOURCES = SourceTexts.ofBuiltInCatalog();

    static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final Set<DayOfWeek> MONDAY_TO_SATURDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

    static ServiceStandard service(String id) {
        return CATALOG.find(id).orElseThrow(() -> new AssertionError("no service " + id));
    }

    static StandardVersion version(String serviceId, String versionId) {
        return service(serviceId).version(CatalogCode.of(versionId))
                .orElseThrow(() -> new AssertionError(serviceId + " has no version " + versionId));
    }

    static StandardVersion inForce(String serviceId, LocalDate on) {
        return service(serviceId).versionOn(on).orElseThrow(() -> new AssertionError(serviceId + " has no version on " + on));
    }

    /** The fact's value, after checking that its citation quotes the source and holds every fragment. */
    static <T> T known(Fact<T> fact, String... fragments) {
        if (!(fact instanceof Fact.Known<T> known)) {
            return fail("expected a known fact, was unknown: " + ((Fact.Unknown<T>) fact).reason());
        }
        assertCites(known.source(), fragments);
        return known.given();
    }

    /** Checks that the citation quotes its source verbatim and that the quote holds every fragment. */
    static void assertCites(Citation citation, String... fragments) {
        if (fragments.length == 0) {
            return;
        }
        assertThat(citation.quote()).as("quote of " + citation).isNotNull();
        assertThat(SOURCES.contains(citation.document(), citation.quote()))
                .as("source " + citation.document() + " holds «" + citation.quote() + "»").isTrue();
        for (String fragment : fragments) {
            assertThat(SourceTexts.fold(citation.quote())).as(citation.toString()).contains(SourceTexts.fold(fragment));
        }
    }

    static void assertUnknown(Fact<?> fact) {
        assertThat(fact).isInstanceOf(Fact.Unknown.class);
    }

    static ProcessingTerm processing(StandardVersion version, Channel channel, String... fragments) {
        return known(version.terms().get(channel).processing(), fragments);
    }

    static Duration maxWaiting(StandardVersion version, Channel channel, String... fragments) {
        return known(version.terms().get(channel).maxWaiting(), fragments);
    }

    static Duration maxService(StandardVersion version, Channel channel, String... fragments) {
        return known(version.terms().get(channel).maxService(), fragments);
    }

    static List<DocumentRequirement> documents(StandardVersion version, Channel channel) {
        return known(version.documents().get(channel));
    }

    static List<String> documentCodes(StandardVersion version, Channel channel) {
        return documents(version, channel).stream().map(d -> d.code().value()).toList();
    }

    static DocumentRequirement document(StandardVersion version, Channel channel, String code) {
        return documents(version, channel).stream().filter(d -> d.code().value().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + code + " on " + channel));
    }

    static List<String> groundCodes(StandardVersion version) {
        return known(version.refusalGrounds()).stream().map(g -> g.code().value()).toList();
    }

    static List<String> otherRequirementCodes(StandardVersion version) {
        return known(version.otherRequirements()).stream().map(r -> r.code().value()).toList();
    }

    static ProcessingTerm workingDays(int days) {
        return new ProcessingTerm.WorkingDays(days, true);
    }

    static ProcessingTerm minutes(int minutes) {
        return new ProcessingTerm.Minutes(minutes);
    }

    static ProcessingTerm workingDaysAcceptanceDayNotCounted(int days) {
        return new ProcessingTerm.WorkingDays(days, false);
    }

    /** The id of the version in force on that day. */
    static String idInForce(String serviceId, LocalDate on) {
        return inForce(serviceId, on).id().value();
    }

    /** Checks that the source document holds the words (white space aside), for facts such as a start date. */
    static void assertSourceHolds(String document, String words) {
        assertThat(SOURCES.contains(document, words)).as("source " + document + " holds «" + words + "»").isTrue();
    }

    static List<WorkSchedule> schedules(StandardVersion version, Channel channel, String... fragments) {
        return known(version.schedules().get(channel), fragments);
    }

    /** The hours of a channel that has a single schedule with a single group of days. */
    static OpeningHours hours(StandardVersion version, Channel channel, String... fragments) {
        List<WorkSchedule> schedules = schedules(version, channel, fragments);
        assertThat(schedules).as("schedules of " + channel).hasSize(1);
        assertThat(schedules.get(0).hours()).as("groups of days of " + channel).hasSize(1);
        return schedules.get(0).hours().get(0);
    }

    static IntakeWindow intakeWindow(StandardVersion version, String code, String... fragments) {
        IntakeWindow window = known(version.intakeWindows()).stream().filter(w -> w.code().value().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no intake window " + code));
        assertCites(window.source(), fragments);
        return window;
    }

    /**
     * The refusal grounds "established by the legislation" (the Law "On state services"), as the pre-school queue
     * standard words them in its field 9 (source 001), for a service whose own source lists none.
     */
    static void assertGroundsOfTheLegislation(StandardVersion plan) {
        assertThat(groundCodes(plan)).startsWith("unreliable-documents", "non-compliance-with-requirements", "no-consent-personal-data",
                "incomplete-package", "expired-documents");
        assertThat(known(plan.refusalGrounds(), "заңнамасында белгіленген мемлекеттік қызмет көрсетуден бас тарту үшін негіздер"))
                .isNotEmpty();
        assertThat(ground(plan, "unreliable-documents", "анық еместігін анықтау").stage()).isEqualTo(RefusalStage.DECISION);
        assertThat(ground(plan, "non-compliance-with-requirements", "талаптарға сәйкес келмеуі").stage()).isEqualTo(RefusalStage.DECISION);
        assertThat(ground(plan, "incomplete-package", "құжаттардың толық топтамасын ұсынбаған").stage()).isEqualTo(RefusalStage.INTAKE);
        assertThat(ground(plan, "expired-documents", "қолданылу мерзімі өтіп кеткен").stage()).isEqualTo(RefusalStage.INTAKE);
        assertThat(known(plan.refusalGrounds()).stream().map(g -> g.source().document()).distinct().toList()).containsExactly("001");
    }

    static RefusalGround ground(StandardVersion version, String code, String... fragments) {
        RefusalGround ground = version.refusalGround(CatalogCode.of(code))
                .orElseThrow(() -> new AssertionError("no refusal ground " + code));
        assertCites(ground.source(), fragments);
        return ground;
    }

    static OtherRequirement otherRequirement(StandardVersion version, String code, String... fragments) {
        OtherRequirement requirement = known(version.otherRequirements()).stream().filter(r -> r.code().value().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no other requirement " + code));
        assertCites(requirement.source(), fragments);
        return requirement;
    }

    static Procedure procedure(StandardVersion version, String code) {
        return known(version.procedures()).stream().filter(p -> p.code().value().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no procedure " + code));
    }
}
