package kz.qyzmet.adapters.persistence.catalog;

import static kz.qyzmet.domain.catalog.Channel.EGOV_PORTAL;
import static kz.qyzmet.domain.catalog.Channel.PROVIDER_OFFICE;
import static kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.DocumentForm;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.DocumentSupplier;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.Presence;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Duplicates of education documents (803005) against the standard 002 (version {@code 002-kk} from 23 November 2015,
 * the Labour Code it cites, with its Russian reading as variant {@code 002-ru}), the Almaty regulation 3 of 003
 * (from 23 August 2016, with the procedure steps; Kazakh 1-hour head step as variant {@code 003-regulation-3-kk}),
 * the school standard of 000 annex 4 (from 30 October 2020) and the 2024 plan 004 (from 3 January 2024), which
 * applies by default today as the latest version.
 */
class EducationDocumentDuplicateConformanceTest extends ServiceConformanceTest {

    private static final String SERVICE = "education-document-duplicate";
    private static final List<Channel> CHANNELS = List.of(PROVIDER_OFFICE, STATE_CORPORATION, EGOV_PORTAL);

    private final StandardVersion standard = version(SERVICE, "002-kk");
    private final StandardVersion standardRu = version(SERVICE, "002-ru");
    private final StandardVersion regulation = version(SERVICE, "003-regulation-3");
    private final StandardVersion regulationKk = version(SERVICE, "003-regulation-3-kk");
    private final StandardVersion annex = version(SERVICE, "000-annex-4");
    private final StandardVersion plan = version(SERVICE, "004-plan");

    @Test
    void eachSourceAppliesFromItsOwnDateAndTheVariantsNeverByDate() {
        assertSourceHolds("002", "Трудовому кодексу Республики Казахстан от 23 ноября 2015 года");
        assertSourceHolds("003", "Регламент в редакции постановления акимата города Алматы от 12.08.2016 № 3/382");
        assertSourceHolds("000", "2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020");
        assertThat(service(SERVICE).versionOn(LocalDate.of(2015, 11, 22))).isEmpty();
        assertThat(idInForce(SERVICE, LocalDate.of(2015, 11, 23))).isEqualTo("002-kk");
        assertThat(idInForce(SERVICE, LocalDate.of(2016, 8, 22))).isEqualTo("002-kk");
        assertThat(idInForce(SERVICE, LocalDate.of(2016, 8, 23))).isEqualTo("003-regulation-3");
        assertThat(idInForce(SERVICE, LocalDate.of(2020, 10, 30))).isEqualTo("000-annex-4");
        assertThat(idInForce(SERVICE, LocalDate.of(2024, 1, 3))).isEqualTo("004-plan");
        assertThat(service(SERVICE).variantsOf(CatalogCode.of("002-kk"))).containsExactly(standardRu);
        assertThat(service(SERVICE).variantsOf(CatalogCode.of("003-regulation-3"))).containsExactly(regulationKk);
    }

    @Test
    void standardTakesApplicationsAtSchoolsTheStateCorporationAndThePortalWithinFifteenWorkingDays() {
        assertThat(known(standard.channels(), "білім беру ұйымдарының кеңсесі", "Мемлекеттік корпорация", "веб-порталы"))
                .containsExactlyInAnyOrderElementsOf(CHANNELS);
        for (Channel channel : List.of(PROVIDER_OFFICE, STATE_CORPORATION)) {
            assertThat(processing(standard, channel, "білім беру ұйымына тапсырған сәттен бастап – 15 жұмыс күні"))
                    .isEqualTo(workingDays(15));
        }
        assertThat(processing(standard, EGOV_PORTAL, "или на портал – 15 рабочих дней")).isEqualTo(workingDays(15));
        assertThat(maxWaiting(standard, STATE_CORPORATION, "Мемлекеттік корпорацияда құжаттарды тапсыру үшін күтудің", "15 минут"))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(maxService(standard, STATE_CORPORATION, "Мемлекеттік корпорацияда қызмет көрсетудің", "15 минут"))
                .isEqualTo(Duration.ofMinutes(15));
        assertUnknown(standard.terms().get(PROVIDER_OFFICE).maxWaiting());
        assertThat(known(standard.forms(), "электрондық (ішінара автоматтандырылған) және (немесе) қағаз жүзінде"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(standard.fee(), "ақысыз негізде жеке тұлғаларға")).isEqualTo(Fee.FREE);
    }

    @Test
    void kazakhStandardOpensSchoolsNineToSixAndTheRussianNineToHalfPastSix() {
        OpeningHours kazakh = hours(standard, PROVIDER_OFFICE, "дүйсенбіден бастап жұманы қоса алғанда",
                "сағат 13.00-ден 14.00-ге дейін түскі үзіліспен, сағат 9.00-ден 18.00-ге дейін");
        assertThat(kazakh.days()).isEqualTo(MONDAY_TO_FRIDAY);
        assertThat(kazakh.open()).isEqualTo(TimeRange.of("09:00", "18:00"));
        assertThat(kazakh.lunch()).isEqualTo(TimeRange.of("13:00", "14:00"));
        OpeningHours russian = hours(standardRu, PROVIDER_OFFICE, "с понедельника по пятницу включительно",
                "с 9.00 до 18.30 часов, с перерывом на обед с 13.00 часов до 14.30 часов");
        assertThat(russian.open()).isEqualTo(TimeRange.of("09:00", "18:30"));
        assertThat(russian.lunch()).isEqualTo(TimeRange.of("13:00", "14:30"));
        assertThat(russian.intake()).isEqualTo(TimeRange.of("09:00", "17:30"));
        assertSourceHolds("002",
                "Прием заявления и выдача результата оказания государственной услуги осуществляется с 9.00 часов до 17.30 часов");
    }

    @Test
    void stateCorporationOpensMondayToSaturdayNineToEightAndThePortalRoundTheClock() {
        List<OpeningHours> stateCorporation = List.of(
                hours(standard, STATE_CORPORATION, "дүйсенбі - сенбі аралығында", "түскі үзіліссіз сағат 9.00-ден 20.00-ге дейін"),
                hours(regulation, STATE_CORPORATION, "с понедельника по субботу включительно",
                        "с 9.00 до 20.00 часов, без перерыва на обед"),
                hours(annex, STATE_CORPORATION, "дүйсенбі - сенбі аралығында", "түскі үзіліссіз сағат 9.00-ден 20.00-ге дейін"));
        for (OpeningHours hours : stateCorporation) {
            assertThat(hours.days()).isEqualTo(MONDAY_TO_SATURDAY);
            assertThat(hours.open()).isEqualTo(TimeRange.of("09:00", "20:00"));
            assertThat(hours.lunchBreak()).isEmpty();
        }
        assertThat(schedules(standard, EGOV_PORTAL, "тәулік бойы")).extracting(WorkSchedule::roundTheClock).containsExactly(true);
    }

    @Test
    void standardAsksForTheApplicationTheIdentityDocumentAndTheOriginalIfTheNameChangedAndItIsDamaged() {
        assertThat(documentCodes(standard, PROVIDER_OFFICE))
                .containsExactly("application", "identity-document", "education-document-original");
        assertThat(documentCodes(standard, STATE_CORPORATION))
                .containsExactly("application", "identity-document", "education-document-original", "identity-data");
        assertThat(documentCodes(standard, EGOV_PORTAL)).containsExactly("application");
        DocumentRequirement identity = document(standard, PROVIDER_OFFICE, "identity-document");
        assertThat(identity.form()).isEqualTo(DocumentForm.DIGITAL_DOCUMENT_SERVICE_OR_ORIGINAL);
        assertCites(identity.source(), "туу туралы куәлігі немесе жеке куәлігі (паспорты) және (немесе) цифрлық құжаттар сервисінен");
        DocumentRequirement original = document(standard, PROVIDER_OFFICE, "education-document-original");
        assertThat(original.presence()).isEqualTo(Presence.CONDITIONAL);
        assertCites(original.source(), "өзгерген және білім туралы құжат бүлінген жағдайда білім туралы құжаттың түпнұсқасы");
        assertCites(document(standardRu, PROVIDER_OFFICE, "education-document-original").source(),
                "при изменении фамилии", "и (или) порче документа об образовании");
        DocumentRequirement identityData = document(standard, STATE_CORPORATION, "identity-data");
        assertThat(identityData.suppliedBy()).isEqualTo(DocumentSupplier.PROVIDER_FROM_STATE_SYSTEMS);
        assertCites(identityData.source(), "Мемлекеттік корпорацияның қызметкері", "мемлекеттік ақпараттық жүйелерден алады");
    }

    @Test
    void incompleteOrExpiredPackagesAreRefusedAtIntake() {
        for (StandardVersion version : List.of(standard, annex)) {
            assertThat(known(version.refusalGrounds())).extracting(g -> g.code().value(), RefusalGround::stage).containsExactly(
                    tuple("incomplete-package", RefusalStage.INTAKE), tuple("expired-documents", RefusalStage.INTAKE));
            ground(version, "incomplete-package", "құжаттардың топтамасын толық ұсынбаған");
            ground(version, "expired-documents", "қолданылу мерзімі өтіп кеткен құжаттарды ұсынған");
        }
        assertThat(groundCodes(regulation)).isEqualTo(groundCodes(standard));
    }

    @Test
    void stateCorporationKeepsReadyDuplicatesOneMonthAndTheSchoolResendsThemWithinOneWorkingDay() {
        otherRequirement(standard, "ready-documents-storage", "хранение документов, в течение 1 (одного) месяца", "услугодателю");
        otherRequirement(standard, "re-request-one-working-day", "в течение 1 (одного) рабочего дня направляет готовые документы");
        otherRequirement(regulation, "ready-documents-storage", "хранение результата в течение одного месяца");
        otherRequirement(regulation, "re-request-one-working-day", "в течение одного рабочего дня");
        otherRequirement(standard, "home-visit-for-disabled", "тұратын жеріне бара отырып");
    }

    @Test
    void theRegulationAsksNoIdentityDocumentForTheProviderTakesTheDataFromStateSystems() {
        for (Channel channel : List.of(PROVIDER_OFFICE, STATE_CORPORATION)) {
            assertThat(documents(regulation, channel)).extracting(d -> d.code().value()).as(channel.name())
                    .containsExactly("application", "identity-data", "education-document-original");
            DocumentRequirement identity = document(regulation, channel, "identity-data");
            assertThat(identity.suppliedBy()).isEqualTo(DocumentSupplier.PROVIDER_FROM_STATE_SYSTEMS);
            assertCites(identity.source(), "сотрудник услугодателя получает из соответствующих государственных информационных систем");
            assertThat(documents(regulation, channel)).extracting(DocumentRequirement::form)
                    .doesNotContain(DocumentForm.DIGITAL_DOCUMENT_SERVICE_OR_ORIGINAL);
        }
        assertThat(otherRequirementCodes(regulation)).as("the digital documents service is a later feature, not of 2016")
                .doesNotContain("digital-documents-service");
    }

    @Test
    void regulationTakesPaperApplicationsAtSchoolsAndTheStateCorporationOnly() {
        assertThat(known(regulation.channels(), "1) канцелярию услугодателя", "Государственная корпорация"))
                .containsExactlyInAnyOrder(PROVIDER_OFFICE, STATE_CORPORATION);
        assertThat(known(regulation.forms(), "Форма оказания государственной услуги: бумажная")).containsExactly(ServiceForm.PAPER);
        for (Channel channel : List.of(PROVIDER_OFFICE, STATE_CORPORATION)) {
            assertThat(processing(regulation, channel, "в Государственную корпорацию - 15 рабочих дней")).isEqualTo(workingDays(15));
            assertThat(maxWaiting(regulation, channel, "ожидания в очереди для сдачи пакета документов - 15 минут"))
                    .isEqualTo(Duration.ofMinutes(15));
        }
        OpeningHours school = hours(regulation, PROVIDER_OFFICE, "с понедельника по пятницу включительно", "с 9.00 до 18.00 часов",
                "с перерывом на обед с 13.00 до 14.00 часов");
        assertThat(school.open()).isEqualTo(TimeRange.of("09:00", "18:00"));
        assertThat(school.intake()).isEqualTo(TimeRange.of("09:00", "18:00"));
    }

    @Test
    void viaTheSchoolTheClerkTheHeadTheExecutorAndTheClerkTakeFifteenMinutesFifteenMinutesFourteenDaysAndOneDay() {
        Procedure viaProvider = procedure(regulation, "via-provider");
        assertThat(viaProvider.channels()).containsExactly(PROVIDER_OFFICE);
        assertThat(viaProvider.steps()).extracting(ProcedureStep::role, ProcedureStep::duration).containsExactly(
                tuple(Role.INTAKE_OFFICER, minutes(15)),
                tuple(Role.HEAD, minutes(15)),
                tuple(Role.EXECUTOR, workingDays(14)),
                tuple(Role.INTAKE_OFFICER, workingDays(1)));
        assertCites(viaProvider.steps().get(0).source(), "регистрирует заявление, принимает документы", "15 минут");
        assertCites(viaProvider.steps().get(1).source(), "согласно резолюции отписывает заявление", "15 минут");
        assertCites(viaProvider.steps().get(2).source(), "подписывает у руководителя услугодателя", "14 рабочих дней");
        assertCites(viaProvider.steps().get(3).source(), "выдает дубликат", "1 рабочий день");
    }

    @Test
    void viaTheStateCorporationSevenStepsWrapTheSchoolsFourInFifteenMinuteDesks() {
        Procedure viaStateCorporation = procedure(regulation, "via-state-corporation");
        assertThat(viaStateCorporation.channels()).containsExactly(STATE_CORPORATION);
        assertThat(viaStateCorporation.steps()).extracting(ProcedureStep::role, ProcedureStep::duration).containsExactly(
                tuple(Role.STATE_CORPORATION_OPERATOR, minutes(15)),
                tuple(Role.STATE_CORPORATION_OPERATOR, minutes(15)),
                tuple(Role.INTAKE_OFFICER, minutes(15)),
                tuple(Role.HEAD, minutes(15)),
                tuple(Role.EXECUTOR, workingDays(14)),
                tuple(Role.INTAKE_OFFICER, workingDays(1)),
                tuple(Role.STATE_CORPORATION_OPERATOR, minutes(15)));
        assertCites(viaStateCorporation.steps().get(0).source(), "при приеме документов услугополучателю выдается расписка");
        assertThat(procedure(regulationKk, "via-state-corporation").steps().get(0).role()).as("the receipt is the operator's work")
                .isEqualTo(Role.STATE_CORPORATION_OPERATOR);
        assertCites(viaStateCorporation.steps().get(1).source(), "накопительный отдел Государственной корпорации");
        assertCites(viaStateCorporation.steps().get(5).source(), "работнику Государственной корпорации", "1 рабочий день");
        assertCites(viaStateCorporation.steps().get(6).source(), "работник Государственной корпорации выдает дубликат", "15 минут");
    }

    @Test
    void kazakhRegulationGivesTheHeadOneHourInsteadOfFifteenMinutes() {
        ProcedureStep head = procedure(regulationKk, "via-provider").steps().get(1);
        assertThat(head.role()).isEqualTo(Role.HEAD);
        assertThat(head.duration()).isEqualTo(new ProcessingTerm.Hours(1));
        assertCites(head.source(), "қарарға сәйкес", "рәсiмнiң ұзақтығы – 1 сағат");
        assertThat(procedure(regulationKk, "via-state-corporation").steps().get(3).duration()).isEqualTo(minutes(15));
        assertThat(regulationKk.origin().variant()).isTrue();
    }

    @Test
    void annexRequiresTheIdentityDocumentInTheOriginalWithoutTheDigitalDocumentsService() {
        assertThat(known(annex.provider(), "BINOM SCHOOL").name().texts().get(Language.KK)).contains("BINOM SCHOOL");
        DocumentRequirement identity = document(annex, STATE_CORPORATION, "identity-document");
        assertThat(identity.form()).isEqualTo(DocumentForm.ORIGINAL_FOR_IDENTIFICATION);
        assertCites(identity.source(), "жеке куәлігі (паспорты) (жеке басын сәйкестендіру үшін талап етіледі)");
        assertThat(otherRequirementCodes(annex)).doesNotContain("digital-documents-service");
        assertThat(otherRequirementCodes(standard)).contains("digital-documents-service");
        otherRequirement(annex, "ready-documents-storage", "Мемлекеттік корпорация 1 (бір) ай ішінде құжаттарды сақтауды");
        assertThat(annex.procedureFor(PROVIDER_OFFICE)).map(p -> p.code().value()).contains("via-provider");
        OpeningHours school = hours(annex, PROVIDER_OFFICE,
                "сағат 13.00-ден 14.00-ге дейін түскі үзіліспен, сағат 9.00-ден 18.00-ге дейін");
        assertThat(school.open()).isEqualTo(TimeRange.of("09:00", "18:00"));
    }

    @Test
    void planRestatesFifteenWorkingDaysAndFifteenMinutesOfServiceAndKeepsTheStorageRules() {
        for (Channel channel : CHANNELS) {
            assertThat(processing(plan, channel, "Көрсету мерзімі: 15 жұмыс күні")).isEqualTo(workingDays(15));
        }
        for (Channel channel : List.of(PROVIDER_OFFICE, STATE_CORPORATION)) {
            assertThat(maxService(plan, channel, "Уақыт қызмет көрсету: 15 мин.")).isEqualTo(Duration.ofMinutes(15));
        }
        assertThat(maxWaiting(plan, STATE_CORPORATION, "Мемлекеттік корпорацияда құжаттарды тапсыру үшін күтудің", "15 минут"))
                .isEqualTo(Duration.ofMinutes(15));
        assertUnknown(plan.terms().get(PROVIDER_OFFICE).maxWaiting());
        assertThat(known(plan.forms(), "Электрондық (ішінара автоматтандырылған) / қағаз"))
                .containsExactlyInAnyOrder(ServiceForm.ELECTRONIC_PARTIALLY_AUTOMATED, ServiceForm.PAPER);
        assertThat(known(plan.provider(), "Сары-Оба станциясының №1").name().texts().get(Language.KK)).contains("Сары-Оба");
        assertThat(otherRequirementCodes(plan)).contains("ready-documents-storage", "re-request-one-working-day");
        assertThat(documentCodes(plan, STATE_CORPORATION)).isEqualTo(documentCodes(annex, STATE_CORPORATION));
        assertThat(groundCodes(plan)).containsExactly("incomplete-package", "expired-documents");
    }
}
