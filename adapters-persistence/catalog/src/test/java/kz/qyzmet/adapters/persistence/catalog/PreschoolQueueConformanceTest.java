package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.EGOV_PORTAL;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.DocumentForm;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.DocumentSupplier;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.Presence;
import kz.qyzmet.domain.catalog.ProviderKind;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Queue registration of pre-school children (403001) against source 001, the Kazakh register of basic
 * requirements (version {@code 001-kk}, from 19 June 2020, the date of order No. 254 it cites), and the 2024 plan
 * 004 (version {@code 004-plan}, from 3 January 2024), which applies by default today because it is the latest
 * version and restates the 30-minute term while keeping everything else of 001.
 */
class PreschoolQueueConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "preschool-queue";
    private static final List<Channel> CHANNELS = List.of(PROVIDER_OFFICE, STATE_CORPORATION, EGOV_PORTAL);
    private static final List<String> OFFICE_DOCUMENTS = List.of("application", "birth-certificate", "identity-document",
            "military-or-special-service-certificate", "teacher-workplace-certificate", "diploma-copy", "pmpc-conclusion",
            "phthisiatrician-conclusion", "first-priority-documents", "identity-data", "birth-certificate-data",
            "first-priority-data");

    private final StandardVersion register = version(SERVICE, "001-kk");
    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void registerAppliesFromOrderNo254AndThePlanFromThirdOfJanuary2024() {
        assertThat(register.origin().validity().from()).isEqualTo(LocalDate.of(2020, 6, 19));
        assertCites(register.origin().source(), "2020 жылғы 19 маусымдағы № 254");
        assertSourceHolds("004", "2024 жылғы \"03\" Қаңтар");
        assertThat(service(SERVICE).officialCode()).map(code -> code.value()).contains("403001");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2020, 6, 18))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2020, 6, 19))).isEqualTo("001-kk");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 2))).isEqualTo("001-kk");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
        assertThat(plan.origin().base()).contains(CatalogCode.of("001-kk"));
    }

    @Test
    void providerIsTheCityOrDistrictEducationAuthority() {
        assertThat(known(register.provider(), "аудандардың, облыстық маңызы бар қалалардың білім бөлімдері").kind())
                .isEqualTo(ProviderKind.LOCAL_EDUCATION_AUTHORITY);
    }

    @Test
    void applicationsGoToTheProviderTheStateCorporationOrThePortal() {
        assertThat(known(register.channels(), "берушінің кеңсесі", "Мемлекеттік корпорация", "веб-порталы"))
                .containsExactlyInAnyOrderElementsOf(CHANNELS);
        assertThat(plan.channels()).isEqualTo(register.channels());
    }

    @Test
    void processingTermIsThirtyMinutesFromApplyingOnEveryChannel() {
        for (Channel channel : CHANNELS) {
            assertThat(processing(register, channel, "порталға жүгінген сәтінен бастап", "30 минут")).isEqualTo(minutes(30));
            assertThat(processing(plan, channel, "көрсету мерзімі - 30 минут")).isEqualTo(minutes(30));
        }
    }

    @Test
    void waitingIsFifteenAndServiceThirtyMinutesAtTheProviderAndTheStateCorporationOnly() {
        for (StandardVersion version : List.of(register, plan)) {
            for (Channel channel : List.of(PROVIDER_OFFICE, STATE_CORPORATION)) {
                assertThat(maxWaiting(version, channel, "күтудің рұқсат етілген ең ұзақ уақыты", "15 минут"))
                        .isEqualTo(Duration.ofMinutes(15));
                assertThat(maxService(version, channel, "қызмет көрсетуінің рұқсат етілген ең ұзақ уақыты", "30 минут"))
                        .isEqualTo(Duration.ofMinutes(30));
            }
            assertUnknown(version.terms().get(EGOV_PORTAL).maxWaiting());
            assertUnknown(version.terms().get(EGOV_PORTAL).maxService());
        }
    }

    @Test
    void isPartiallyAutomatedElectronicPaperOrProactiveAndFree() {
        assertThat(known(register.forms(), "электрондық (ішінара автоматтандырылған)", "қағаз түрінде", "проактивті"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER, ServiceForm.PROACTIVE);
        assertThat(known(register.fee(), "жеке тұлғаларға тегін")).isEqualTo(Fee.FREE);
        assertThat(plan.forms()).isEqualTo(register.forms());
    }

    @Test
    void providerWorksMondayToFridayWithLunchAndTakesApplicationsUntilHalfPastFive() {
        OpeningHours hours = hours(register, PROVIDER_OFFICE, "дүйсенбі – жұма", "сағат 09.00-ден 18.30-ға дейін",
                "13.00-ден 14.30-ға дейінгі түскі үзіліспен", "сағат 09.00-ден 17.30-ға дейін");
        assertThat(hours.days()).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(hours.open()).isEqualTo(TimeRange.of("09:00", "18:30"));
        assertThat(hours.lunch()).isEqualTo(TimeRange.of("13:00", "14:30"));
        assertThat(hours.intake()).isEqualTo(TimeRange.of("09:00", "17:30"));
    }

    @Test
    void stateCorporationWorksMondayToSaturdayWithoutLunchAndThePortalRoundTheClock() {
        OpeningHours hours = hours(register, STATE_CORPORATION, "дүйсенбі мен сенбіні қоса алғанда",
                "түскі үзіліссіз сағат 09.00-ден 20.00-ге дейін");
        assertThat(hours.days()).isEqualTo(MONDAY_TO_SATURDAY);
        assertThat(hours.open()).isEqualTo(TimeRange.of("09:00", "20:00"));
        assertThat(hours.lunchBreak()).isEmpty();
        assertThat(schedules(register, EGOV_PORTAL, "тәулік бойы")).extracting(WorkSchedule::roundTheClock).containsExactly(true);
    }

    @Test
    void providerAndStateCorporationTakeTheSameTwelveDocuments() {
        assertThat(documentCodes(register, PROVIDER_OFFICE)).containsExactlyElementsOf(OFFICE_DOCUMENTS);
        assertThat(documentCodes(register, STATE_CORPORATION)).containsExactlyElementsOf(OFFICE_DOCUMENTS);
        assertThat(documentCodes(plan, PROVIDER_OFFICE)).containsExactlyElementsOf(OFFICE_DOCUMENTS);
        DocumentRequirement birth = document(register, PROVIDER_OFFICE, "birth-certificate");
        assertThat(birth.form()).isEqualTo(DocumentForm.DIGITAL_DOCUMENT_SERVICE_OR_ORIGINAL);
        assertCites(birth.source(), "баланың туу туралы куәлігі немесе цифрлық құжаттар сервисінен");
        DocumentRequirement phthisiatrician = document(register, PROVIDER_OFFICE, "phthisiatrician-conclusion");
        assertThat(phthisiatrician.presence()).isEqualTo(Presence.MANDATORY);
        assertCites(phthisiatrician.source(), "фтизиатр-дәрігердің қорытындысы");
    }

    @Test
    void workplaceCertificatesAreValidOneMonthFromIssue() {
        for (Channel channel : CHANNELS) {
            for (String code : List.of("military-or-special-service-certificate", "teacher-workplace-certificate")) {
                DocumentRequirement certificate = document(register, channel, code);
                assertThat(certificate.validity()).as(code + " on " + channel).isEqualTo(Period.ofMonths(1));
                assertThat(certificate.presence()).isEqualTo(Presence.CONDITIONAL);
                assertCites(certificate.source(), "берілген күннен бастап бір ай ішінде жарамды");
            }
        }
        assertCites(document(register, PROVIDER_OFFICE, "military-or-special-service-certificate").source(), "(бар болған жағдайда)");
    }

    @Test
    void identityBirthAndFirstPriorityDataComeFromStateSystemsNotFromTheApplicant() {
        for (Channel channel : List.of(PROVIDER_OFFICE, STATE_CORPORATION)) {
            for (String code : List.of("identity-data", "birth-certificate-data", "first-priority-data")) {
                DocumentRequirement data = document(register, channel, code);
                assertThat(data.suppliedBy()).as(code).isEqualTo(DocumentSupplier.PROVIDER_FROM_STATE_SYSTEMS);
                assertThat(data.demandedFromApplicant()).isFalse();
                assertCites(data.source(), "Мемлекеттік корпорацияның қызметкері", "тиісті мемлекеттік ақпараттық жүйелерден");
            }
        }
    }

    @Test
    void portalTakesNineItemsWithThePhthisiatriciansReferral() {
        assertThat(documentCodes(register, EGOV_PORTAL)).containsExactly("application", "military-or-special-service-certificate",
                "teacher-workplace-certificate", "diploma-copy", "pmpc-conclusion", "phthisiatrician-referral", "identity-data",
                "birth-certificate-data", "first-priority-data");
        DocumentRequirement application = document(register, EGOV_PORTAL, "application");
        assertThat(application.form()).isEqualTo(DocumentForm.ELECTRONIC);
        assertCites(application.source(), "ЭЦҚ қойылған электрондық құжат нысанындағы өтініштері");
        assertCites(document(register, EGOV_PORTAL, "phthisiatrician-referral").source(), "фтизиатр дәрігердің жолдамасы");
    }

    @Test
    void refusesOnUnreliableOrNonCompliantDataOrNoConsentAndAtIntakeOnIncompleteOrExpiredDocuments() {
        assertThat(known(register.refusalGrounds())).extracting(g -> g.code().value(), RefusalGround::stage).containsExactly(
                tuple("unreliable-documents", RefusalStage.DECISION),
                tuple("non-compliance-with-requirements", RefusalStage.DECISION),
                tuple("no-consent-personal-data", RefusalStage.DECISION),
                tuple("incomplete-package", RefusalStage.INTAKE),
                tuple("expired-documents", RefusalStage.INTAKE));
        ground(register, "unreliable-documents", "анық еместігін анықтау");
        ground(register, "non-compliance-with-requirements", "талаптарға сәйкес келмеуі");
        ground(register, "no-consent-personal-data", "Заңының 8-бабына", "келісімінің болмауы");
        ground(register, "incomplete-package", "құжаттардың толық топтамасын ұсынбаған");
        ground(register, "expired-documents", "қолданылу мерзімі өтіп кеткен құжаттарды");
        assertThat(groundCodes(plan)).isEqualTo(groundCodes(register));
    }

    @Test
    void consentHomeVisitsAndOneApplicationWithBirthRegistrationAreOtherRequirements() {
        otherRequirement(register, "personal-data-consent", "заңмен қорғалатын құпиясы бар мәліметтерді пайдалануға келісім");
        otherRequirement(register, "home-visit-for-disabled", "1414, 8 800 080 7777", "тұрғылықты жеріне барып");
        otherRequirement(register, "one-application-with-birth-registration", "Бала тууды тіркеу", "\"бір өтініш\" қағидаты");
        otherRequirement(register, "medical-contraindications", "медициналық қарсы көрсетілімдер");
    }

    @Test
    void statesNoIntakeWindowAndNoRegulationProcedure() {
        assertThat(known(register.intakeWindows(), "30 минут")).isEmpty();
        assertThat(known(plan.intakeWindows(), "Кезекке қоюға өтініш қабылдау", "тұрақты")).isEmpty();
        assertUnknown(register.procedures());
        assertUnknown(plan.procedures());
    }

    @Test
    void planAddsIssuingAReferralToTheQueueNotification() {
        assertThat(known(plan.results(), "Кезекке қою туралы хабарлама", "Жолдама беру"))
                .extracting(ServiceResult::kind, result -> result.text().texts().get(Language.KK))
                .contains(tuple(ResultKind.POSITIVE, "Кезекке қою туралы хабарлама"), tuple(ResultKind.POSITIVE, "Жолдама беру"));
        assertThat(known(register.results())).extracting(ServiceResult::kind)
                .containsExactly(ResultKind.POSITIVE, ResultKind.REFUSAL);
    }
}
