package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.EGOV_PORTAL;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.DocumentForm;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ProviderKind;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.catalog.YearAnchor;
import org.junit.jupiter.api.Test;

/**
 * Admission to school (403003) against the Almaty regulation 1 of source 003 (version {@code 003-regulation-1},
 * from 1 November 2015, its Kazakh text by default and the Russian Monday-to-Saturday reading as a variant), the
 * school standard of 000 annex 1 (from 30 October 2020) and the 2024 plan 004 (from 3 January 2024), which applies
 * by default today as the latest version and adds the first- and tenth-grade application windows.
 */
class SchoolAdmissionConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "school-admission";
    private static final List<Channel> CHANNELS = List.of(PROVIDER_OFFICE, EGOV_PORTAL);

    private final StandardVersion regulation = version(SERVICE, "003-regulation-1");
    private final StandardVersion regulationRu = version(SERVICE, "003-regulation-1-ru");
    private final StandardVersion annex = version(SERVICE, "000-annex-1");
    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void regulationAppliesFromNovember2015TheAnnexFromOctober2020AndThePlanFrom2024() {
        assertSourceHolds("003", "\"Әділет\" ақпараттық-құқықтық жүйесі 21.10.2015 ж.");
        assertSourceHolds("000", "2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020");
        assertSourceHolds("004", "2024 жылғы \"03\" Қаңтар");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2015, 10, 31))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2015, 11, 1))).isEqualTo("003-regulation-1");
        assertThat(idInForce(SERVICE, LocalDate.of(2020, 10, 29))).isEqualTo("003-regulation-1");
        assertThat(idInForce(SERVICE, LocalDate.of(2020, 10, 30))).isEqualTo("000-annex-1");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 2))).isEqualTo("000-annex-1");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
    }

    @Test
    void russianReadingOfTheRegulationIsAVariantNeverChosenByDate() {
        assertThat(regulationRu.origin().variant()).isTrue();
        assertThat(regulationRu.origin().validity().from()).isEqualTo(regulation.origin().validity().from());
        assertThat(service(SERVICE).variantsOf(CatalogCode.of("003-regulation-1"))).containsExactly(regulationRu);
        assertThat(service(SERVICE).versionOn(LocalDate.of(2016, 6, 1))).contains(regulation);
    }

    @Test
    void regulationTakesApplicationsAtAlmatySchoolsAndThePortalForFree() {
        assertThat(known(regulation.provider(), "Алматы қаласының бастауыш, негiзгi орта және жалпы орта бiлiм беру ұйымдары")
                .kind()).isEqualTo(ProviderKind.SCHOOL);
        assertThat(known(regulation.channels(), "көрсетiлетiн қызметтi берушiнiң кеңсесi", "«электрондық үкiмет» веб-порталы"))
                .containsExactlyInAnyOrderElementsOf(CHANNELS);
        assertThat(known(regulation.forms(), "электронды, қағаз түрiнде"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(regulation.fee(), "тегiн көрсетiледi")).isEqualTo(Fee.FREE);
    }

    @Test
    void regulationGivesFiveWorkingDaysForTheReceiptAndFifteenMinutesOfWaitAndService() {
        for (Channel channel : CHANNELS) {
            assertThat(processing(regulation, channel, "портал арқылы жүгiнген кезде", "қолхат алу үшiн бес жұмыс күнi"))
                    .isEqualTo(workingDays(5));
        }
        assertThat(maxWaiting(regulation, PROVIDER_OFFICE, "күтудiң рұқсат етiлген ең ұзақ уақыты - 15 минут"))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(maxService(regulation, PROVIDER_OFFICE, "қызмет көрсетудiң рұқсат етiлген ең ұзақ уақыты - 15 минут"))
                .isEqualTo(Duration.ofMinutes(15));
        assertUnknown(regulation.terms().get(EGOV_PORTAL).maxWaiting());
    }

    @Test
    void regulationTakesFirstGradersFromFirstJuneToThirtiethAugust() {
        IntakeWindow firstGrade = intakeWindow(regulation, "first-grade", "бiрiншi сыныпқа", "1 маусым мен 30 тамыз аралығында");
        assertThat(firstGrade.from()).isEqualTo(MonthDay.of(6, 1));
        assertThat(firstGrade.to()).isEqualTo(MonthDay.of(8, 30));
        assertThat(firstGrade.isOpenOn(LocalDate.of(2016, 6, 1))).isTrue();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2016, 8, 30))).isTrue();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2016, 5, 31))).isFalse();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2016, 8, 31))).isFalse();
    }

    @Test
    void regulationClerkGivesAReceiptInFifteenMinutesAndTheHeadEnrolsByThirtiethAugust() {
        Procedure viaProvider = procedure(regulation, "via-provider");
        assertThat(viaProvider.channels()).containsExactly(PROVIDER_OFFICE);
        assertThat(viaProvider.steps()).extracting(ProcedureStep::role, ProcedureStep::duration).containsExactly(
                tuple(Role.INTAKE_OFFICER, minutes(15)),
                tuple(Role.HEAD, new ProcessingTerm.ByDate(MonthDay.of(8, 30), YearAnchor.SCHOOL_YEAR)));
        assertCites(viaProvider.steps().get(0).source(), "қолхат бередi, рәсiмнiң ұзақтығы - 15 минут");
        assertCites(viaProvider.steps().get(1).source(), "қабылдау туралы бұйрық шығарады", "30 тамыздан кешiктiрмей");
    }

    @Test
    void kazakhRegulationOpensMondayToFridayAndTheRussianMondayToSaturday() {
        OpeningHours kazakh = hours(regulation, PROVIDER_OFFICE, "дүйсенбi - жұма аралығында",
                "сағат 13.00-ден 14.00-ға дейiн түскi үзiлiспен сағат 9.00-ден 18.00-ға дейiн");
        assertThat(kazakh.days()).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(kazakh.open()).isEqualTo(TimeRange.of("09:00", "18:00"));
        assertThat(kazakh.lunch()).isEqualTo(TimeRange.of("13:00", "14:00"));
        OpeningHours russian = hours(regulationRu, PROVIDER_OFFICE, "с понедельника по субботу включительно",
                "с 9.00 часов до 18.00 часов, с перерывом на обед с 13.00 до 14.00 часов");
        assertThat(russian.days()).isEqualTo(MONDAY_TO_SATURDAY);
        assertThat(russian.open()).isEqualTo(kazakh.open());
        assertThat(regulationRu.terms()).isEqualTo(regulation.terms());
    }

    @Test
    void regulationLeavesDocumentsAndGroundsToTheStandardNotAmongTheSources() {
        assertUnknown(regulation.documents().get(PROVIDER_OFFICE));
        assertUnknown(regulation.documents().get(EGOV_PORTAL));
        assertUnknown(regulation.refusalGrounds());
    }

    @Test
    void annexShortensProcessingToOneWorkingDayWithFifteenMinutesOfWaitAndService() {
        for (Channel channel : CHANNELS) {
            assertThat(processing(annex, channel, "портал арқылы жүгінген кезде - бір жұмыс күні")).isEqualTo(workingDays(1));
        }
        assertThat(maxWaiting(annex, PROVIDER_OFFICE, "күтудің рұқсат етілген ең ұзақ уақыты 15 (жиырма) минут"))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(maxService(annex, PROVIDER_OFFICE, "15 минуттан аспайды")).isEqualTo(Duration.ofMinutes(15));
        assertThat(known(annex.provider(), "BINOM SCHOOL").kind()).isEqualTo(ProviderKind.SCHOOL);
    }

    @Test
    void annexSchoolOpensMondayToFridayNineToHalfPastSixAndThePortalRoundTheClock() {
        OpeningHours hours = hours(annex, PROVIDER_OFFICE, "дүйсенбіден бастап жұманы қоса алғанда",
                "сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен", "сағат 9.00-ден 18.30-ға дейін");
        assertThat(hours.days()).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(hours.open()).isEqualTo(TimeRange.of("09:00", "18:30"));
        assertThat(hours.lunch()).isEqualTo(TimeRange.of("13:00", "14:30"));
        assertThat(hours.intake()).isNull();
        assertThat(schedules(annex, EGOV_PORTAL, "тәулік бойы")).extracting(WorkSchedule::roundTheClock).containsExactly(true);
    }

    @Test
    void annexAsksForTheApplicationMedicalCertificatesAndPhotosAndAnIdentityDocumentAtTheSchool() {
        assertThat(documentCodes(annex, EGOV_PORTAL)).containsExactly("application", "medical-certificates", "child-photo");
        assertThat(documentCodes(annex, PROVIDER_OFFICE))
                .containsExactly("application", "identity-document", "medical-certificates", "child-photo");
        assertCites(document(annex, PROVIDER_OFFICE, "medical-certificates").source(), "№ 065/у", "№ 052-2/у");
        assertThat(document(annex, PROVIDER_OFFICE, "child-photo").form()).isEqualTo(DocumentForm.PHOTO);
        assertCites(document(annex, PROVIDER_OFFICE, "child-photo").source(), "3х4 см", "2 дана фотосуретi");
        assertCites(document(annex, EGOV_PORTAL, "child-photo").source(), "цифрлық фотосуретi");
        assertThat(document(annex, PROVIDER_OFFICE, "identity-document").form())
                .isEqualTo(DocumentForm.DIGITAL_DOCUMENT_SERVICE_OR_ORIGINAL);
        assertCites(document(annex, PROVIDER_OFFICE, "identity-document").source(),
                "түпнұсқасы сәйкестендіру үшін қажет", "цифрлық құжаттар сервисінен");
    }

    @Test
    void annexRefusesForAnOverfilledClassAmongOtherGrounds() {
        assertThat(known(annex.refusalGrounds())).extracting(g -> g.code().value(), RefusalGround::stage).containsExactly(
                tuple("unreliable-documents", RefusalStage.DECISION),
                tuple("non-compliance-with-requirements", RefusalStage.DECISION),
                tuple("class-overfilled", RefusalStage.DECISION),
                tuple("incomplete-package", RefusalStage.DECISION));
        ground(annex, "unreliable-documents", "анық еместігін анықтау");
        ground(annex, "non-compliance-with-requirements", "үлгілік қағидаларында белгіленген талаптарға сәйкес келмеуі");
        ground(annex, "class-overfilled", "сынып-жинақталымының шамадан тыс толуы");
        ground(annex, "incomplete-package", "құжаттардың толық емес пакетін", "дәлелді бас тарту");
    }

    @Test
    void annexStatesNoWindowAndNoProcedure() {
        assertThat(known(annex.intakeWindows(), "бір жұмыс күні")).isEmpty();
        assertUnknown(annex.procedures());
    }

    @Test
    void planTakesFirstGradersFromFirstAprilToFirstAugustAndTenthGradersUntilFifteenthAugust() {
        IntakeWindow firstGrade = intakeWindow(plan, "first-grade", "1 сыныптар-1 сәуірден бастап 1 тамызға дейін");
        assertThat(firstGrade.year()).isEqualTo(YearAnchor.CALENDAR_YEAR);
        assertThat(firstGrade.isOpenOn(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2024, 8, 1))).isTrue();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2024, 8, 2))).isFalse();
        IntakeWindow tenthGrade = intakeWindow(plan, "tenth-grade", "10 сыныптар-15 тамызға дейін");
        assertThat(tenthGrade.to()).isEqualTo(MonthDay.of(8, 15));
        assertThat(tenthGrade.isOpenOn(LocalDate.of(2024, 6, 3))).isTrue();
        assertThat(tenthGrade.isOpenOn(LocalDate.of(2024, 8, 15))).isTrue();
        assertThat(tenthGrade.isOpenOn(LocalDate.of(2024, 8, 16))).isFalse();
    }

    @Test
    void planRestatesFifteenMinutesOfServiceAndKeepsTheAnnexTermsDocumentsAndGrounds() {
        assertThat(maxService(plan, PROVIDER_OFFICE, "Қызмет көрсету уақыты - 15 мин.")).isEqualTo(Duration.ofMinutes(15));
        assertThat(processing(plan, PROVIDER_OFFICE, "бір жұмыс күні")).isEqualTo(workingDays(1));
        assertThat(known(plan.forms(), "Электрондық (ішінара автоматтандырылған) / қағаз"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(plan.provider(), "Сары-Оба станциясының №1").kind()).isEqualTo(ProviderKind.SCHOOL);
        assertThat(plan.channels()).isEqualTo(annex.channels());
        assertThat(documentCodes(plan, PROVIDER_OFFICE)).isEqualTo(documentCodes(annex, PROVIDER_OFFICE));
        assertThat(groundCodes(plan)).contains("class-overfilled");
    }
}
