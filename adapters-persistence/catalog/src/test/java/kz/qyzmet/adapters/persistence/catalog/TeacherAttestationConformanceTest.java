package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.PLATFORM;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.DocumentSupplier;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.Presence;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.catalog.YearAnchor;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of documents for teacher attestation (803014) against the school standard of 000 annex 3 (version
 * {@code 000-annex-3}, from 30 October 2020: only the teachers' national platform) and the 2024 plan 004 (version
 * {@code 004-plan}, from 3 January 2024: the provider's office and the State Corporation), which applies by default
 * today as the latest version.
 */
class TeacherAttestationConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "teacher-attestation";

    private final StandardVersion annex = version(SERVICE, "000-annex-3");
    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void annexAppliesFromOctober2020AndThePlanFromThirdOfJanuary2024() {
        assertThat(service(SERVICE).officialCode()).map(code -> code.value()).contains("803014");
        assertCites(plan.origin().source(), "803014-педагогтерді аттестаттаудан өту үшін құжаттарды қабылдау");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2020, 10, 29))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2020, 10, 30))).isEqualTo("000-annex-3");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 2))).isEqualTo("000-annex-3");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
    }

    @Test
    void annexRunsOnlyThroughTheNationalPlatformInOneWorkingDay() {
        assertThat(known(annex.channels(), "педагогтің үздіксіз кәсіби дамуының ұлттық платформасы")).containsExactly(PLATFORM);
        assertThat(processing(annex, PLATFORM, "мерзімі: 1 (бір) жұмыс күні")).isEqualTo(workingDays(1));
        assertUnknown(annex.terms().get(PLATFORM).maxWaiting());
        assertThat(known(annex.forms(), "Электрондық (ішінара автоматтандырылған)"))
                .containsExactly(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED);
        assertThat(known(annex.fee(), "Жеке тұлғаларға тегін")).isEqualTo(Fee.FREE);
        assertThat(schedules(annex, PLATFORM, "тәулік бойы")).extracting(WorkSchedule::roundTheClock).containsExactly(true);
    }

    @Test
    void annexListsElevenItemsOfWhichIdentityEducationEmploymentAndTestDataComeFromStateSystems() {
        assertThat(documentCodes(annex, PLATFORM)).containsExactly("application", "identity-data", "education-diploma-data",
                "retraining-document", "professional-development-certificate", "employment-data",
                "knowledge-assessment-certificate-data", "qualification-category-certificate",
                "professional-achievements-documents", "student-achievements-documents", "essay");
        for (String code : List.of("identity-data", "education-diploma-data", "employment-data", "knowledge-assessment-certificate-data")) {
            DocumentRequirement data = document(annex, PLATFORM, code);
            assertThat(data.suppliedBy()).as(code).isEqualTo(DocumentSupplier.PROVIDER_FROM_STATE_SYSTEMS);
            assertCites(data.source(), "білімі және еңбек қызметі туралы мәліметтер, ПББ өткендігі туралы сертификат",
                    "электрондық үкімет шлюзі арқылы алынады");
        }
        DocumentRequirement retraining = document(annex, PLATFORM, "retraining-document");
        assertThat(retraining.presence()).isEqualTo(Presence.CONDITIONAL);
        assertCites(retraining.source(), "қайта даярлау курстарынан өткені туралы құжат (бар болса)");
        assertThat(document(annex, PLATFORM, "qualification-category-certificate").presence()).isEqualTo(Presence.CONDITIONAL);
        assertCites(document(annex, PLATFORM, "qualification-category-certificate").source(), "бұрын біліктілік санаты бар адамдар үшін");
        assertCites(document(annex, PLATFORM, "essay").source(), "Эссе (250–300 сөз)");
    }

    @Test
    void annexRefusesOnUnreliableOrNonCompliantDataOrNoConsent() {
        assertThat(known(annex.refusalGrounds())).extracting(g -> g.code().value(), RefusalGround::stage).containsExactly(
                tuple("unreliable-documents", RefusalStage.DECISION),
                tuple("non-compliance-with-requirements", RefusalStage.DECISION),
                tuple("no-consent-personal-data", RefusalStage.DECISION));
        ground(annex, "unreliable-documents", "дәйексіздігі анықталған");
        ground(annex, "non-compliance-with-requirements", "талаптарға сәйкес келмеуі");
        ground(annex, "no-consent-personal-data", "келісімінің болмауы");
        assertThat(groundCodes(plan)).isEqualTo(groundCodes(annex));
    }

    @Test
    void applicationsAreTakenFromFirstSeptemberToThirtyFirstDecemberOfTheSchoolYear() {
        for (StandardVersion version : List.of(annex, plan)) {
            IntakeWindow window = intakeWindow(version, "attestation-applications",
                    "ағымдағы оқу жылының 1 қыркүйегінен 31 желтоқсанына дейін");
            assertThat(window.from()).isEqualTo(MonthDay.of(9, 1));
            assertThat(window.to()).isEqualTo(MonthDay.of(12, 31));
            assertThat(window.year()).isEqualTo(YearAnchor.SCHOOL_YEAR);
            assertThat(window.isOpenOn(LocalDate.of(2024, 9, 1))).isTrue();
            assertThat(window.isOpenOn(LocalDate.of(2024, 12, 31))).isTrue();
            assertThat(window.isOpenOn(LocalDate.of(2024, 8, 31))).isFalse();
            assertThat(window.isOpenOn(LocalDate.of(2025, 1, 1))).isFalse();
        }
        otherRequirement(annex, "attestation-once-per-school-year", "Аттестаттау оқу жылында 1 рет өткізіледі");
    }

    @Test
    void planTakesApplicationsAtTheProviderInTwentyMinutesAndAtTheStateCorporationInThreeWorkingDays() {
        assertThat(known(plan.channels(), "көрсетілетін қызметті беруші арқылы", "Мемлекеттік корпорацияға"))
                .containsExactlyInAnyOrder(PROVIDER_OFFICE, STATE_CORPORATION);
        assertThat(processing(plan, PROVIDER_OFFICE, "беруші арқылы жүгінген кезде-20 минут")).isEqualTo(minutes(20));
        assertThat(processing(plan, STATE_CORPORATION, "орналасқан жері бойынша Мемлекеттік корпорацияға - 3 (үш) жұмыс күні",
                "қабылдау күні мемлекеттік қызмет көрсету мерзіміне кірмейді")).isEqualTo(workingDaysAcceptanceDayNotCounted(3));
        otherRequirement(plan, "state-corporation-other-location-7-working-days",
                "орналасқан жері бойынша емес Мемлекеттік корпорацияға - 7 (жеті) жұмыс күні");
    }

    @Test
    void planLetsTheStateCorporationTakeTwentyMinutesOfWaitAndServiceAndStatesNoneForTheProvider() {
        assertThat(maxWaiting(plan, STATE_CORPORATION, "Мемлекеттік корпорацияға тапсыру үшін күтудің", "20 (жиырма) минут"))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(maxService(plan, STATE_CORPORATION, "Мемлекеттік корпорацияда қызмет көрсетудің", "20 (жиырма) минут"))
                .isEqualTo(Duration.ofMinutes(20));
        assertUnknown(plan.terms().get(PROVIDER_OFFICE).maxWaiting());
        assertUnknown(plan.terms().get(PROVIDER_OFFICE).maxService());
    }

    @Test
    void planIssuesAReceiptAndAnAttestationCertificateAndRequiresAttestationAtLeastOnceInFiveYears() {
        assertThat(known(plan.forms(), "Электрондық (ішінара автоматтандырылған) / қағаз"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(plan.results(), "өтінішті қабылдау туралы қолхат беру", "аттестаттау туралы куәлік беру"))
                .extracting(ServiceResult::kind).containsExactly(ResultKind.POSITIVE, ResultKind.POSITIVE, ResultKind.REFUSAL);
        otherRequirement(plan, "attestation-at-least-once-in-five-years", "15-бабы 1-тармағының 3) тармақшасына",
                "кемінде бес жылда бір рет өткізіледі");
    }

    @Test
    void planLeavesProviderSchedulesAndDocumentsOfItsChannelsUnknown() {
        assertUnknown(plan.provider());
        assertThat(plan.offers(PLATFORM)).isFalse();
        assertUnknown(plan.schedules().get(PROVIDER_OFFICE));
        assertUnknown(plan.schedules().get(STATE_CORPORATION));
        assertUnknown(plan.documents().get(PROVIDER_OFFICE));
        assertUnknown(plan.documents().get(STATE_CORPORATION));
        assertUnknown(annex.procedures());
        assertUnknown(plan.procedures());
    }

    @Test
    void theStartDateRestsOnTheHealthOrderThatAnnexesOneAndFiveCite() {
        String basis = annex.origin().validity().basis();
        assertThat(basis).contains("annexes 1 and 5", "acting Minister of Health No. ҚР ДСМ-175/2020 of 30 October 2020")
                .doesNotContain("annexes 1, 2 and 5");
        assertSourceHolds("000", "2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020");
        assertSourceHolds("000", "071/у нысанына сәйкес сауықтыру лагеріне");
    }
}
