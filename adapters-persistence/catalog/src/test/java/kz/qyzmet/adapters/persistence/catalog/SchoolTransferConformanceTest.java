package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.StandardVersion;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of documents for transfer between schools (403015) against its only source, row 5 item 6 of the
 * 2024 plan 004: version {@code 004-plan}, in force from the plan's approval on 3 January 2024, is the only
 * version; the plan gives waiting and service times but no processing term.
 */
class SchoolTransferConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "school-transfer";

    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void onlyThe2024PlanDescribesItFromThirdOfJanuary2024() {
        assertThat(service(SERVICE).versions()).hasSize(1);
        assertThat(service(SERVICE).officialCode()).map(code -> code.value()).contains("403015");
        assertCites(service(SERVICE).nameSource(), "403015", "балаларды ауыстыру үшін құжаттарды қабылдау");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2024, 1, 2))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
    }

    @Test
    void applicantsWaitAtMostFifteenMinutesAndAreServedWithinThirty() {
        assertThat(known(plan.channels(), "Өтінішті қабылдау")).containsExactly(PROVIDER_OFFICE);
        assertThat(maxWaiting(plan, PROVIDER_OFFICE, "Құжаттар топтамасын тапсыру үшін күтудің", "ең ұзақ уақыты - 15 минут"))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(maxService(plan, PROVIDER_OFFICE, "қызмет көрсетудің рұқсат етілген ең ұзақ уақыты- 30 минут"))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theProcessingTermIsTheDeskTimeForNoOtherTermIsGiven() {
        assertThat(processing(plan, PROVIDER_OFFICE, "қызмет көрсетудің рұқсат етілген ең ұзақ уақыты- 30 минут")).isEqualTo(minutes(30));
        assertThat(plan.origin().note()).contains("the processing term is the desk time of item 6");
    }

    @Test
    void isElectronicOrPaper() {
        assertThat(known(plan.forms(), "Электрондық / қағаз"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
    }

    @Test
    void resultIsAReceiptForTheTransferDocuments() {
        assertThat(known(plan.results(), "ауысуға құжаттарды қабылдау туралы қолхат")).extracting(ServiceResult::kind)
                .containsExactly(ResultKind.POSITIVE);
        assertCites(known(plan.results()).get(0).source(), "(есептен шығару талоны)");
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
}
