package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.EGOV_PORTAL;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.StandardVersion;
import org.junit.jupiter.api.Test;

/**
 * Free and subsidised school meals (403008) against its only source, row 5 item 5 of the 2024 plan 004:
 * version {@code 004-plan}, in force from the plan's approval on 3 January 2024, is the only version; the
 * standard's para 9 it refers to is not among the sources, so grounds and documents are unknown.
 */
class SchoolMealsConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "school-meals";
    private static final List<Channel> CHANNELS = List.of(PROVIDER_OFFICE, STATE_CORPORATION);

    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void onlyThe2024PlanDescribesItFromThirdOfJanuary2024() {
        assertThat(service(SERVICE).versions()).hasSize(1);
        assertThat(service(SERVICE).officialCode()).map(code -> code.value()).contains("403008");
        assertCites(service(SERVICE).nameSource(), "403008-жалпы білім беретін мектептерде");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2024, 1, 2))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
    }

    @Test
    void applicationsGoToTheProviderOrTheStateCorporationButNotThePortal() {
        assertThat(known(plan.channels(), "көрсетілетін қызметті берушінің кеңсесі арқылы", "Мемлекеттік корпорация арқылы"))
                .containsExactlyInAnyOrderElementsOf(CHANNELS);
        assertThat(plan.offers(EGOV_PORTAL)).isFalse();
    }

    @Test
    void processingTermIsFiveWorkingDaysFromHandingInThePackage() {
        for (Channel channel : CHANNELS) {
            assertThat(processing(plan, channel, "құжаттар топтамасын тапсырған сәттен бастап", "Мемлекеттік корпорацияға - 5 жұмыс күні"))
                    .isEqualTo(workingDays(5));
        }
    }

    @Test
    void waitingIsTwentyMinutesAtTheProviderAndFifteenAtTheStateCorporation() {
        assertThat(maxWaiting(plan, PROVIDER_OFFICE, "берушіге құжаттар топтамасын тапсыру үшін күтудің", "ең ұзақ уақыты – 20 минут"))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(maxWaiting(plan, STATE_CORPORATION, "Мемлекеттік корпорацияға-15 минут")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void serviceIsThirtyMinutesAtTheProviderAndFifteenAtTheStateCorporation() {
        assertThat(maxService(plan, PROVIDER_OFFICE, "кеңсесі арқылы", "ең ұзақ уақыты – 30 минут")).isEqualTo(Duration.ofMinutes(30));
        assertThat(maxService(plan, STATE_CORPORATION, "Мемлекеттік корпорация арқылы – 15 минут")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void isPartiallyAutomatedElectronicOrPaper() {
        assertThat(known(plan.forms(), "Электрондық (ішінара автоматтандырылған) / қағаз"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
    }

    @Test
    void resultIsANotificationOfFreeMealsOrAMotivatedRefusal() {
        assertThat(known(plan.results(), "Тегін тамақ беру туралы хабарлама")).extracting(ServiceResult::kind)
                .containsExactly(ResultKind.POSITIVE, ResultKind.REFUSAL);
        assertCites(known(plan.results()).get(1).source(), "9-тармағында", "бас тарту туралы дәлелді жауап");
    }

    @Test
    void whatThePlanDoesNotStateIsUnknown() {
        assertUnknown(plan.provider());
        assertUnknown(plan.fee());
        for (Channel channel : CHANNELS) {
            assertUnknown(plan.schedules().get(channel));
            assertUnknown(plan.documents().get(channel));
        }
        assertUnknown(plan.intakeWindows());
        assertUnknown(plan.procedures());
        assertUnknown(plan.otherRequirements());
    }

    @Test
    void refusalGroundsAreThoseOfTheLegislationAsTheQueueStandardWordsThem() {
        assertGroundsOfTheLegislation(plan);
    }
}
