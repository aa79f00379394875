package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.EGOV_PORTAL;
import static kz.qyzmet.domain.catalog.Channel.MOBILE;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.DocumentForm;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.ProviderKind;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.WorkSchedule;
import org.junit.jupiter.api.Test;

/**
 * Individual home schooling (403004) against the school standard of 000 annex 2 (version {@code 000-annex-2}, from
 * 30 October 2020, the date of the health order the same director's order cites) and the 2024 plan 004 (version
 * {@code 004-plan}, from 3 January 2024), which applies by default today as the latest version; it restates the
 * terms and drops the proactive form.
 */
class HomeSchoolingConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "home-schooling";
    private static final List<Channel> CHANNELS = List.of(PROVIDER_OFFICE, EGOV_PORTAL, MOBILE);

    private final StandardVersion annex = version(SERVICE, "000-annex-2");
    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void annexAppliesFromOctober2020AndThePlanFromThirdOfJanuary2024() {
        assertSourceHolds("000", "2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020");
        assertThat(service(SERVICE).officialCode()).map(code -> code.value()).contains("403004");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2020, 10, 29))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2020, 10, 30))).isEqualTo("000-annex-2");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 2))).isEqualTo("000-annex-2");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
    }

    @Test
    void applicationsGoToTheSchoolThePortalOrARegisteredMobileDevice() {
        assertThat(known(annex.provider(), "BINOM SCHOOL").kind()).isEqualTo(ProviderKind.SCHOOL);
        assertThat(known(annex.channels(), "білім беру ұйымдары", "www.egov.kz", "ұялы байланысының абоненттік құрылғысы арқылы"))
                .containsExactlyInAnyOrderElementsOf(CHANNELS);
        assertThat(plan.channels()).isEqualTo(annex.channels());
    }

    @Test
    void processingTermIsTwoWorkingDaysOnEveryChannel() {
        for (Channel channel : CHANNELS) {
            assertThat(processing(annex, channel, "Қызмет көрсету мерзімі – 2 жұмыс күні")).isEqualTo(workingDays(2));
            assertThat(processing(plan, channel, "Көрсету мерзімі-2 жұмыс күні")).isEqualTo(workingDays(2));
        }
    }

    @Test
    void waitingAndServiceAreAtMostFifteenMinutesAtTheSchool() {
        for (StandardVersion version : List.of(annex, plan)) {
            assertThat(maxWaiting(version, PROVIDER_OFFICE, "Құжаттар топтамасын тапсыру үшін күтудің", "15 (",
                    "он бес) минуттан аспайды"))
                    .isEqualTo(Duration.ofMinutes(15));
            assertThat(maxService(version, PROVIDER_OFFICE, "қызмет көрсетудің рұқсат етілген ең ұзақ уақыты", "15 (",
                    "он бес) минуттан аспайды"))
                    .isEqualTo(Duration.ofMinutes(15));
            assertUnknown(version.terms().get(EGOV_PORTAL).maxWaiting());
            assertUnknown(version.terms().get(MOBILE).maxService());
        }
    }

    @Test
    void annexIsElectronicPaperOrProactiveAndThePlanDropsProactive() {
        assertThat(known(annex.forms(), "Электрондық (ішінара автоматтандырылған)", "Қағаз түрінде", "проактивті түрде"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER, ServiceForm.PROACTIVE);
        assertThat(known(plan.forms(), "Электрондық (ішінара автоматтандырылған) / қағаз"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(annex.fee(), "проактивті түрде жеке тұлғаларға тегін көрсетіледі")).isEqualTo(Fee.FREE);
    }

    @Test
    void schoolOpensMondayToFridayAndThePortalAndMobileDeviceRoundTheClock() {
        OpeningHours hours = hours(annex, PROVIDER_OFFICE, "дүйсенбі – жұма аралығында", "сағат 09.00-ден 18.30-ға дейін",
                "13.00-ден 14.30-ға дейінгі түскі үзіліспен", "Өтініш қабылдау және нәтижесін беру", "сағат 09.00-ден 17.30-ға дейін");
        assertThat(hours.days()).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(hours.open()).isEqualTo(TimeRange.of("09:00", "18:30"));
        assertThat(hours.lunch()).isEqualTo(TimeRange.of("13:00", "14:30"));
        assertThat(hours.intake()).isEqualTo(TimeRange.of("09:00", "17:30"));
        for (Channel channel : List.of(EGOV_PORTAL, MOBILE)) {
            assertThat(schedules(annex, channel, "абоненттік құрылғысы арқылы", "тәулік бойы"))
                    .extracting(WorkSchedule::roundTheClock).containsExactly(true);
        }
    }

    @Test
    void applicationAndMedicalAdvisoryCommissionConclusionAreTheDocuments() {
        assertThat(documentCodes(annex, PROVIDER_OFFICE)).containsExactly("application", "medical-advisory-commission-conclusion");
        assertThat(documentCodes(annex, EGOV_PORTAL)).containsExactly("application", "medical-advisory-commission-conclusion");
        DocumentRequirement atSchool = document(annex, PROVIDER_OFFICE, "medical-advisory-commission-conclusion");
        assertThat(atSchool.form()).isEqualTo(DocumentForm.ORIGINAL);
        assertCites(atSchool.source(), "үйде оқыту бойынша ұсынымдармен коса дәрігерлік-консультациялық комиссияның қорытындысы");
        assertThat(document(annex, EGOV_PORTAL, "application").form()).isEqualTo(DocumentForm.ELECTRONIC);
        assertCites(document(annex, EGOV_PORTAL, "application").source(), "портал арқылы", "өтініш (еркін нысанда)");
        assertUnknown(annex.documents().get(MOBILE));
        assertThat(documentCodes(plan, PROVIDER_OFFICE)).isEqualTo(documentCodes(annex, PROVIDER_OFFICE));
    }

    @Test
    void refusesOnUnreliableOrNonCompliantDataOrNoConsent() {
        assertThat(known(annex.refusalGrounds())).extracting(g -> g.code().value(), RefusalGround::stage).containsExactly(
                tuple("unreliable-documents", RefusalStage.DECISION),
                tuple("non-compliance-with-requirements", RefusalStage.DECISION),
                tuple("no-consent-personal-data", RefusalStage.DECISION));
        ground(annex, "unreliable-documents", "дұрыс еместігі анықталған жағдайда");
        ground(annex, "non-compliance-with-requirements", "нормативтік құқықтық актілерінде белгіленген талаптардың сәйкес келмеуі");
        ground(annex, "no-consent-personal-data", "дербес деректерге қол жеткізуге келісімі болмауы");
        assertThat(groundCodes(plan)).isEqualTo(groundCodes(annex));
    }

    @Test
    void resultsAreAReceiptAndAnOrderOnHomeSchooling() {
        assertThat(known(annex.results(), "Мемлекеттік қызметті көрсету нәтижесі")).extracting(ServiceResult::kind)
                .containsExactly(ResultKind.POSITIVE, ResultKind.POSITIVE);
        assertCites(known(annex.results()).get(0).source(), "құжаттарды қабылдау туралы қолхат (еркін нысанда)");
        assertCites(known(annex.results()).get(1).source(), "үйде жеке тегін оқыту туралы бұйрық");
        assertCites(known(plan.results()).get(1).source(), "үйде жеке тегін оқытуға қабылдау туралы бұйрық");
    }

    @Test
    void consentAndNoDemandForStateSystemDocumentsAreOtherRequirements() {
        otherRequirement(annex, "personal-data-consent", "заңмен қорғалатын құпиялардың", "келісімін");
        otherRequirement(annex, "no-demand-for-state-system-documents",
                "ақпараттық жүйелерден алуға болатын құжаттарды талап етуге жол берілмейді");
    }

    @Test
    void statesNoIntakeWindowAndNoRegulationProcedure() {
        assertThat(known(annex.intakeWindows(), "2 жұмыс күні")).isEmpty();
        assertUnknown(annex.procedures());
        assertUnknown(plan.procedures());
    }
}
