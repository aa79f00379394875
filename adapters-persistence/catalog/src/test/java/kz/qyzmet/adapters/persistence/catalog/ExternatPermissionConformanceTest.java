package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.EGOV_PORTAL;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.MonthDay;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.ProviderKind;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.catalog.YearAnchor;
import org.junit.jupiter.api.Test;

/**
 * Permission to study as an external student against its only source, the Almaty regulation 2 of 003 in the
 * wording of 12 August 2016: version {@code 003-regulation-2} (Russian text, from 23 August 2016, ten days after
 * that wording at the earliest) applies by default; the Kazakh text, which calls the result a copy of the order
 * rather than an extract, is kept as the variant {@code 003-regulation-2-kk}.
 */
class ExternatPermissionConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "externat-permission";

    private final StandardVersion regulation = version(SERVICE, "003-regulation-2");
    private final StandardVersion regulationKk = version(SERVICE, "003-regulation-2-kk");

    @Test
    void regulationAppliesFromTwentyThirdAugust2016AndItsKazakhReadingIsAVariant() {
        assertSourceHolds("003", "Регламент в редакции постановления акимата города Алматы от 12.08.2016 № 3/382");
        assertThat(service(SERVICE).officialCode()).isEmpty();
        assertThat(service(SERVICE).versionOn(LocalDate.of(2016, 8, 22))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2016, 8, 23))).isEqualTo("003-regulation-2");
        assertThat(idInForce(SERVICE, LocalDate.of(2026, 11, 23))).isEqualTo("003-regulation-2");
        assertThat(regulationKk.origin().variant()).isTrue();
        assertThat(service(SERVICE).variantsOf(CatalogCode.of("003-regulation-2"))).containsExactly(regulationKk);
    }

    @Test
    void cityEducationDepartmentProvidesItThroughTheStateCorporationAndThePortalOnly() {
        assertThat(known(regulation.provider(), "коммунальным государственным учреждением «Управление образования города Алматы»")
                .kind()).isEqualTo(ProviderKind.LOCAL_EDUCATION_AUTHORITY);
        assertThat(known(regulation.channels(), "«Государственная корпорация «Правительство для граждан»",
                "веб-портал «электронного правительства»")).containsExactlyInAnyOrder(STATE_CORPORATION, EGOV_PORTAL);
        assertThat(regulation.offers(PROVIDER_OFFICE)).isFalse();
        assertThat(known(regulation.forms(), "электронная (частично автоматизированная) и (или) бумажная"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(regulation.fee(), "оказывается бесплатно физическим лицам")).isEqualTo(Fee.FREE);
    }

    @Test
    void processingTermIsFifteenWorkingDaysNotCountingTheDayOfAcceptanceAtTheStateCorporation() {
        assertThat(processing(regulation, STATE_CORPORATION, "15 рабочих дней",
                "При обращении в Государственную корпорацию день приема не входит в срок оказания государственной услуги"))
                .isEqualTo(workingDaysAcceptanceDayNotCounted(15));
        assertThat(processing(regulation, EGOV_PORTAL, "при обращении на ПЭП - 15 рабочих дней")).isEqualTo(workingDays(15));
    }

    @Test
    void waitingAndServiceTimesAreStatedForTheProviderWhichIsNoChannelSoTheyAreUnknown() {
        assertUnknown(regulation.terms().get(STATE_CORPORATION).maxWaiting());
        assertUnknown(regulation.terms().get(STATE_CORPORATION).maxService());
        assertUnknown(regulation.terms().get(EGOV_PORTAL).maxWaiting());
    }

    @Test
    void stateCorporationWorksMondayToSaturdayNineToEightAndThePortalRoundTheClock() {
        OpeningHours hours = hours(regulation, STATE_CORPORATION, "с понедельника по субботу включительно",
                "с 9.00 до 20.00 часов, без перерыва на обед");
        assertThat(hours.days()).isEqualTo(MONDAY_TO_SATURDAY);
        assertThat(hours.open()).isEqualTo(TimeRange.of("09:00", "20:00"));
        assertThat(hours.lunchBreak()).isEmpty();
        assertThat(schedules(regulation, EGOV_PORTAL, "ПЭП - круглосуточно")).extracting(WorkSchedule::roundTheClock)
                .containsExactly(true);
    }

    @Test
    void applicationsAreTakenFromTheStartOfTheSchoolYearUntilFirstDecember() {
        IntakeWindow window = intakeWindow(regulation, "externat-application", "подается не позднее 1 декабря текущего учебного года");
        assertThat(window.from()).isEqualTo(MonthDay.of(9, 1));
        assertThat(window.to()).isEqualTo(MonthDay.of(12, 1));
        assertThat(window.year()).isEqualTo(YearAnchor.SCHOOL_YEAR);
        assertThat(window.isOpenOn(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(window.isOpenOn(LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(window.isOpenOn(LocalDate.of(2027, 8, 31))).isFalse();
    }

    @Test
    void documentsAreLeftToTheStandardNotAmongTheSources() {
        assertUnknown(regulation.documents().get(STATE_CORPORATION));
        assertUnknown(regulation.documents().get(EGOV_PORTAL));
    }

    @Test
    void stateCorporationRefusesAnIncompletePackageAtIntakeAndTheProviderRefusesFaultyDocuments() {
        assertThat(known(regulation.refusalGrounds())).extracting(g -> g.code().value(), RefusalGround::stage).containsExactly(
                tuple("incomplete-package", RefusalStage.INTAKE),
                tuple("non-compliance-with-requirements", RefusalStage.DECISION));
        ground(regulation, "incomplete-package", "неполного пакета документов", "отказывает в приеме заявления");
        ground(regulation, "non-compliance-with-requirements", "формирование сообщения об отказе");
    }

    @Test
    void headAssignsTheCaseInFifteenMinutesAndTheSpecialistPreparesTheExtractInFourteenWorkingDays() {
        Procedure procedure = procedure(regulation, "via-state-corporation");
        assertThat(procedure.channels()).containsExactly(STATE_CORPORATION);
        assertThat(procedure.steps()).extracting(ProcedureStep::role, ProcedureStep::duration).containsExactly(
                tuple(Role.INTAKE_OFFICER, minutes(15)),
                tuple(Role.HEAD, minutes(15)),
                tuple(Role.EXECUTOR, workingDays(14)),
                tuple(Role.INTAKE_OFFICER, workingDays(1)));
        assertCites(procedure.steps().get(0).source(), "передает на рассмотрение руководителю услугодателя", "15 минут");
        assertCites(procedure.steps().get(1).source(), "отписывает заявление услугополучателя специалисту", "15 минут");
        assertCites(procedure.steps().get(2).source(), "длительность процедуры - 14 рабочих дней");
        assertCites(procedure.steps().get(3).source(), "работнику Государственной корпорации", "1 рабочий день");
    }

    @Test
    void resultIsAnExtractFromTheOrderInRussianAndACopyOfTheOrderInKazakh() {
        assertThat(known(regulation.results())).extracting(ServiceResult::kind).containsExactly(ResultKind.POSITIVE, ResultKind.REFUSAL);
        assertCites(known(regulation.results()).get(0).source(), "выписка из приказа о разрешении на обучение в форме экстерната");
        assertCites(known(regulationKk.results()).get(0).source(), "бұйрықтың көшiрмесi");
        assertCites(procedure(regulationKk, "via-state-corporation").steps().get(2).source(), "бұйрықтың көшiрмесiн дайындайды");
        assertThat(regulationKk.terms()).isEqualTo(regulation.terms());
    }

    @Test
    void stateCorporationKeepsTheResultOneMonthAndTheProviderResendsItWithinOneWorkingDay() {
        otherRequirement(regulation, "ready-documents-storage", "хранение результата в течение одного месяца");
        otherRequirement(regulation, "re-request-one-working-day", "в течение одного рабочего дня направляет готовые документы");
    }
}
