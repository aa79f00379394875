package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.StandardVersion;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of documents and admission to pre-school organisations (403002) against its only source, row 5
 * item 2 of the 2024 plan 004: version {@code 004-plan}, in force from the plan's approval on 3 January 2024,
 * is the only version; everything the plan does not state is unknown.
 */
class PreschoolAdmissionConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "preschool-admission";

    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void onlyThe2024PlanDescribesItFromThirdOfJanuary2024() {
        assertThat(service(SERVICE).versions()).hasSize(1);
        assertThat(service(SERVICE).officialCode()).map(code -> code.value()).contains("403002");
        assertCites(service(SERVICE).nameSource(), "403002-құжаттарды қабылдау және балаларды мектепке дейінгі ұйымдарға қабылдау");
        assertSourceHolds("004", "2024 жылғы \"03\" Қаңтар");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2024, 1, 2))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
    }

    @Test
    void documentsAreAcceptedAtTheProviderWithinThirtyMinutes() {
        assertThat(known(plan.channels(), "құжаттарды қабылдау")).containsExactly(PROVIDER_OFFICE);
        assertThat(processing(plan, PROVIDER_OFFICE, "403002", "Мемлекеттік қызмет көрсету мерзімі - 30 минут"))
                .isEqualTo(minutes(30));
        assertUnknown(plan.terms().get(PROVIDER_OFFICE).maxWaiting());
        assertUnknown(plan.terms().get(PROVIDER_OFFICE).maxService());
    }

    @Test
    void isElectronicOrPaper() {
        assertThat(known(plan.forms(), "Электрондық және (немесе) қағаз түрінде"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
    }

    @Test
    void resultIsAdmissionByReferralAndNoRefusalResultIsStated() {
        assertThat(known(plan.results(), "Бағыт бойынша қабылдау")).extracting(ServiceResult::kind)
                .containsExactly(ResultKind.POSITIVE);
    }

    @Test
    void whatThePlanDoesNotStateIsUnknown() {
        assertUnknown(plan.provider());
        assertUnknown(plan.fee());
        assertUnknown(plan.schedules().get(PROVIDER_OFFICE));
        assertUnknown(plan.documents().get(PROVIDER_OFFICE));
        assertUnknown(plan.intakeWindows());
        assertUnknown(plan.procedures());
        assertUnknown(plan.otherRequirements());
    }

    @Test
    void refusalGroundsAreThoseOfTheLegislationAsTheQueueStandardWordsThem() {
        assertGroundsOfTheLegislation(plan);
    }

    @Test
    void aChildWithMedicalContraindicationsIsNotAdmitted() {
        assertThat(ground(plan, "medical-contraindications", "медициналық қарсы көрсетілімдер болса, онда ол мектепке дейінгі ұйымға қабылданбайды")
                .stage()).isEqualTo(RefusalStage.DECISION);
    }
}
