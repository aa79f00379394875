package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.EGOV_PORTAL;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.Presence;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Camp vouchers for certain categories of pupils against its only source, the school standard of 000 annex 5:
 * version {@code 000-annex-5}, from 30 October 2020 (the date of the health order No. ҚР ДСМ-175/2020 the annex
 * cites), is the only version and applies by default; no source gives the service an official code.
 */
class CampVoucherConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "camp-voucher";
    private static final List<Channel> CHANNELS = List.of(PROVIDER_OFFICE, STATE_CORPORATION, EGOV_PORTAL);
    private static final List<String> DESK_DOCUMENTS = List.of("application", "identity-document", "birth-certificate",
            "marriage-or-divorce-certificate", "camp-medical-certificate", "status-targeted-social-assistance-certificate",
            "status-income-documents", "status-guardianship-decision", "status-collegial-body-decision");

    private final StandardVersion annex = version(SERVICE, "000-annex-5");

    @Test
    void theAnnexAppliesFromOctober2020AndNoSourceGivesACode() {
        assertCites(document(annex, PROVIDER_OFFICE, "camp-medical-certificate").source(), "071/у");
        assertSourceHolds("000", "2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығымен (бұдан әрі - №ҚР ДСМ-175/2020 бұйрық)");
        assertThat(service(SERVICE).officialCode()).isEmpty();
        assertThat(service(SERVICE).versions()).hasSize(1);
        assertThat(service(SERVICE).versionOn(LocalDate.of(2020, 10, 29))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2020, 10, 30))).isEqualTo("000-annex-5");
        assertThat(idInForce(SERVICE, LocalDate.of(2026, 11, 23))).isEqualTo("000-annex-5");
    }

    @Test
    void applicationsGoToTheSchoolTheStateCorporationOrThePortalForFree() {
        assertThat(known(annex.channels(), "берушінің кеңсесі", "Мемлекеттік корпорация", "білім беру ұйымдары", "веб-порталы"))
                .containsExactlyInAnyOrderElementsOf(CHANNELS);
        assertThat(known(annex.forms(), "Электрондық (ішінара автоматтандырылған)", "қағаз жүзінде"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(annex.fee(), "Тегін")).isEqualTo(Fee.FREE);
    }

    @Test
    void processingTermIsFiveWorkingDaysOnEveryChannel() {
        for (Channel channel : CHANNELS) {
            assertThat(processing(annex, channel, "портал арқылы өтініш берген кезде", "5 (бес) жұмыс күні"))
                    .isEqualTo(workingDays(5));
        }
    }

    @Test
    void waitingIsFifteenMinutesAndServiceThirtyAtTheSchoolAndFifteenAtTheStateCorporation() {
        for (Channel channel : List.of(PROVIDER_OFFICE, STATE_CORPORATION)) {
            assertThat(maxWaiting(annex, channel, "берушіде немесе Мемлекеттік корпорацияда", "ең ұзақ уақыты – 15 минут"))
                    .isEqualTo(Duration.ofMinutes(15));
        }
        assertThat(maxService(annex, PROVIDER_OFFICE, "берушіде қызмет көрсетудің", "ең ұзақ уақыты – 30 минут"))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(maxService(annex, STATE_CORPORATION, "Мемлекеттік корпорацияда – 15 минут")).isEqualTo(Duration.ofMinutes(15));
        assertUnknown(annex.terms().get(EGOV_PORTAL).maxWaiting());
        assertUnknown(annex.terms().get(EGOV_PORTAL).maxService());
    }

    @Test
    void schoolOpensMondayToFridayNineToHalfPastSixWithLunch() {
        OpeningHours hours = hours(annex, PROVIDER_OFFICE, "дүйсенбіден бастап жұманы қоса алғанда",
                "сағат 13.00-ден 14.30-ға дейінгі аралықтағы түскі үзіліспен сағат 9.00-ден 18.30-ға дейін");
        assertThat(hours.days()).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(hours.open()).isEqualTo(TimeRange.of("09:00", "18:30"));
        assertThat(hours.lunch()).isEqualTo(TimeRange.of("13:00", "14:30"));
        assertThat(hours.intake()).isNull();
    }

    @Test
    void stateCorporationHasOrdinaryHoursAndLongerHoursWithSaturdayInItsDutyDepartments() {
        List<WorkSchedule> schedules = schedules(annex, STATE_CORPORATION, "үзіліссіз сағат 9.00-ден 18.00-ге дейін",
                "кезекші бөлімдері дүйсенбіден бастап жұманы қоса алғанда сағат 9.00-ден 20.00-ге дейін",
                "сенбі күні сағат 9.00-ден 13.00-ге дейін");
        assertThat(schedules).hasSize(2);
        WorkSchedule ordinary = schedules.get(0);
        assertThat(ordinary.label().texts().get(Language.KK)).isEqualTo("Мемлекеттік корпорация");
        assertThat(ordinary.openDays()).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(ordinary.on(DayOfWeek.MONDAY)).map(OpeningHours::open).contains(TimeRange.of("09:00", "18:00"));
        assertThat(ordinary.on(DayOfWeek.MONDAY).orElseThrow().lunchBreak()).isEmpty();
        WorkSchedule duty = schedules.get(1);
        assertThat(duty.label().texts().get(Language.KK)).contains("кезекші бөлімдері");
        assertThat(duty.openDays()).isEqualTo(MONDAY_TO_SATURDAY);
        assertThat(duty.on(DayOfWeek.FRIDAY)).map(OpeningHours::open).contains(TimeRange.of("09:00", "20:00"));
        assertThat(duty.on(DayOfWeek.SATURDAY)).map(OpeningHours::open).contains(TimeRange.of("09:00", "13:00"));
    }

    @Test
    void portalAcceptsApplicationsRoundTheClock() {
        assertThat(schedules(annex, EGOV_PORTAL, "порталда", "тәулік бойы")).extracting(WorkSchedule::roundTheClock).containsExactly(true);
    }

    @Test
    void schoolAndStateCorporationTakeTheSameNineDocumentsAndThePortalAllButTheIdentityDocument() {
        assertThat(documentCodes(annex, PROVIDER_OFFICE)).containsExactlyElementsOf(DESK_DOCUMENTS);
        assertThat(documentCodes(annex, STATE_CORPORATION)).containsExactlyElementsOf(DESK_DOCUMENTS);
        assertThat(documentCodes(annex, EGOV_PORTAL)).containsExactlyElementsOf(
                DESK_DOCUMENTS.stream().filter(code -> !code.equals("identity-document")).toList());
        DocumentRequirement birth = document(annex, PROVIDER_OFFICE, "birth-certificate");
        assertThat(birth.presence()).isEqualTo(Presence.CONDITIONAL);
        assertCites(birth.source(), "АХАЖ АЖ", "мәліметтер болмаған кезде");
        assertCites(document(annex, EGOV_PORTAL, "birth-certificate").source(), "Қазақстан Республикасынан тыс жерде туылған жағдайда");
        assertThat(document(annex, STATE_CORPORATION, "camp-medical-certificate").presence()).isEqualTo(Presence.MANDATORY);
        assertCites(document(annex, STATE_CORPORATION, "status-guardianship-decision").source(), "қорғаншылықты (қамқоршылықты)");
    }

    @Test
    void refusesWhenTheApplicantIsOutsideTheCategoriesOfDecreeNo64() {
        assertThat(known(annex.refusalGrounds())).extracting(g -> g.code().value(), RefusalGround::stage).containsExactly(
                tuple("unreliable-documents", RefusalStage.DECISION),
                tuple("not-eligible-category", RefusalStage.DECISION),
                tuple("no-consent-personal-data", RefusalStage.DECISION));
        ground(annex, "not-eligible-category", "Үкіметінің 2008 жылғы 25 қаңтардағы № 64 қаулысында белгіленген талаптарға",
                "сәйкес келмеуі");
        ground(annex, "unreliable-documents", "анық еместігін анықтау");
        ground(annex, "no-consent-personal-data", "дербес деректерге қол жеткізуге келісімі болмауы");
    }

    @Test
    void theFiveEligibleCategoriesAreOtherRequirements() {
        assertThat(otherRequirementCodes(annex)).contains("category-targeted-social-assistance",
                "category-income-below-subsistence-minimum", "category-orphans-without-parental-care",
                "category-emergency-assistance", "category-other-by-collegial-body");
        otherRequirement(annex, "category-targeted-social-assistance", "мемлекеттік атаулы әлеуметтік көмекті алуға құқығы бар");
        otherRequirement(annex, "category-income-below-subsistence-minimum", "күн көріс деңгейінен төмен");
        otherRequirement(annex, "category-orphans-without-parental-care", "жетім балалар");
        otherRequirement(annex, "category-emergency-assistance", "төтенше жағдайлардың салдарынан");
        otherRequirement(annex, "category-other-by-collegial-body", "алқалы басқару органы айқындайтын");
        otherRequirement(annex, "electronic-queue-booking", "электрондық кезекті \"брондауға\" болады");
    }

    @Test
    void statesNoIntakeWindowAndNoRegulationProcedure() {
        assertThat(known(annex.intakeWindows(), "5 (бес) жұмыс күні")).isEmpty();
        assertUnknown(annex.procedures());
    }
}
