package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.MutableClock.almaty;
import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.DEPARTMENT_HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.DEPARTMENT_SPECIALIST;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OPERATOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.PORTAL;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of issue 4, given / when / then, through the public use-case interfaces only, with the
 * built-in catalog and working calendar.
 */
class RequestScenariosTest {

    @Test
    void aDuplicateAtTheProvidersOfficeFromSubmissionToIssue() {
        // given a Monday morning at school-1
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();

        // when the clerk registers the application and the documents
        RequestView request = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), true, null);
        request = requests.intake().accept(act(OFFICER, request));

        // then it is accepted with a receipt, 15 working days (1, 7 and 9 May are holidays) and the regulation's steps
        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(request.standardVersion().value()).isEqualTo("004-plan");
        assertThat(request.deadline().dueAt()).isEqualTo(almaty(2025, 5, 6, 18, 0));
        assertThat(request.steps()).extracting(step -> step.step().role())
                .containsExactly(Role.INTAKE_OFFICER, Role.HEAD, Role.EXECUTOR, Role.INTAKE_OFFICER);
        assertThat(request.steps().get(1).dueAt()).isEqualTo(almaty(2025, 4, 14, 10, 30));

        // when the head assigns, the executor reviews and approves, the head signs and the clerk issues
        world.clock.advance(Duration.ofMinutes(10));
        request = world.assign(HEAD, request, EXECUTOR);
        world.clock.advance(Duration.ofDays(1));
        request = requests.review().startReview(act(EXECUTOR, request));
        request = requests.review().approve(act(EXECUTOR, request));
        request = requests.issuing().markReady(act(HEAD, request));
        request = requests.issuing().issue(act(OFFICER, request));

        // then the request is issued on time and every step is in the history and was published
        assertThat(request.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(request.history()).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "RequestSubmitted", "RequestAccepted", "ExecutorAssigned", "ReviewStarted", "RequestApproved", "ResultReady", "ResultIssued");
        assertThat(request.history()).allSatisfy(event -> assertThat(event.header().deadline().overdue()).isFalse());
        assertThat(world.events.published()).hasSize(7);
        assertThat(requests.queries().show(new kz.qyzmet.application.request.port.in.ShowRequestQuery(APPLICANT, request.id().value()))
                .status()).as("the applicant sees their request").isEqualTo(RequestStatus.ISSUED);
    }

    @Test
    void aDuplicateThroughTheStateCorporationKeptAMonthReturnedAndRequestedAgain() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();
        RequestView request = world.submit(OPERATOR, "education-document-duplicate", Channel.STATE_CORPORATION, "school-1",
                documents("application", "identity-document"), true, null);
        request = requests.intake().accept(act(OPERATOR, request));
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        request = requests.review().approve(act(EXECUTOR, request));
        request = requests.issuing().markReady(act(HEAD, request));
        RequestView ready = request;
        assertThatThrownBy(() -> requests.issuing().issue(act(OFFICER, ready))).isInstanceOf(IllegalTransitionException.class);

        // the school sends the result to the State Corporation on Tuesday 22 April
        world.clock.set(2025, 4, 22, 11, 0);
        request = requests.issuing().handOver(act(OFFICER, request));
        assertThat(request.status()).isEqualTo(RequestStatus.AT_STATE_CORPORATION);
        assertThat(request.keptUntil()).isEqualTo(almaty(2025, 5, 22, 11, 0));
        RequestView kept = request;
        world.clock.set(2025, 5, 22, 10, 59);
        assertThatThrownBy(() -> requests.issuing().returnToProvider(act(OPERATOR, kept)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("keeps the result until");

        // not collected within the month: returned to the school
        world.clock.set(2025, 5, 22, 11, 0);
        request = requests.issuing().returnToProvider(act(OPERATOR, request));
        assertThat(request.status()).isEqualTo(RequestStatus.RETURNED_TO_PROVIDER);

        // the applicant asks again on Friday 23 May at 17:00: the school must send it back by Monday's close
        world.clock.set(2025, 5, 23, 17, 0);
        request = requests.issuing().reRequest(act(OPERATOR, request));
        assertThat(request.dueBack()).isEqualTo(almaty(2025, 5, 26, 18, 0));
        world.clock.set(2025, 5, 26, 9, 30);
        request = requests.issuing().handOver(act(OFFICER, request));
        request = requests.issuing().issue(act(OPERATOR, request));
        assertThat(request.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(request.history()).filteredOn(RequestEvent.ReRequested.class::isInstance).hasSize(1);
    }

    @Test
    void anExternatPermissionThroughThePortalAfterHours() {
        // Friday 3 October 2025, 19:30, on the portal: accepted at the opening of Monday 6 October
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 10, 3, 19, 30));
        var requests = world.qyzmet.requests();
        RequestView request = world.submit(APPLICANT, "externat-permission", Channel.EGOV_PORTAL, "almaty-education",
                documents(), true, "eds-aigerim");
        request = requests.intake().accept(act(PORTAL, request));

        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(request.deadline().acceptance().acceptedAt()).isEqualTo(almaty(2025, 10, 6, 9, 0));
        // 15 working days from 7 October; Republic Day (Saturday 25 October) moves its day off to Monday 27 October
        assertThat(request.deadline().dueAt()).isEqualTo(almaty(2025, 10, 28, 18, 0));
        assertThat(request.deadline().explanation().lines()).anySatisfy(line -> assertThat(line)
                .isInstanceOfSatisfying(Explanation.DaySkipped.class, skipped -> assertThat(skipped.day().date()).isEqualTo(
                        java.time.LocalDate.of(2025, 10, 27))));
        assertThat(request.steps()).as("regulation 2 gives steps for the State Corporation path only").isEmpty();

        // the department acts from the acceptance moment on, Monday 6 October 9:00
        world.clock.set(2025, 10, 6, 9, 0);
        request = world.assign(DEPARTMENT_HEAD, request, DEPARTMENT_SPECIALIST);
        request = requests.review().startReview(act(DEPARTMENT_SPECIALIST, request));
        request = requests.review().approve(act(DEPARTMENT_SPECIALIST, request));
        assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void anExternatApplicationAfterFirstDecemberIsRefusedAtIntake() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 12, 3, 11, 0));
        RequestView request = world.submit(APPLICANT, "externat-permission", Channel.EGOV_PORTAL, "almaty-education",
                documents(), true, "eds-aigerim");
        request = world.qyzmet.requests().intake().accept(act(PORTAL, request));
        assertThat(request.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        assertThat(((RequestEvent.IntakeRefused) request.history().get(1)).reasons())
                .singleElement().isInstanceOf(IntakeRefusalReason.WindowClosed.class);
    }

    @Test
    void aSchoolAdmissionWithAnIncompletePackageIsRefusedAtIntakeListingEveryMissingDocument() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 5, 5, 10, 0));
        RequestView request = world.submit(OFFICER, "school-admission", Channel.PROVIDER_OFFICE, "school-1",
                documents("application"), true, null);
        request = world.qyzmet.requests().intake().accept(act(OFFICER, request));

        assertThat(request.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        List<IntakeRefusalReason> reasons = ((RequestEvent.IntakeRefused) request.history().get(1)).reasons();
        assertThat(reasons).extracting(reason -> ((IntakeRefusalReason.MissingDocument) reason).code().value())
                .containsExactly("identity-document", "medical-certificates", "child-photo");
        assertThat(request.deadline()).isNull();
    }

    @Test
    void anIdentityDocumentInTheDigitalDocumentsServiceIsNotDemanded() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 5, 5, 10, 0));
        world.digitalDocuments.put(kz.qyzmet.domain.request.Iin.of(ScenarioWorld.APPLICANT_IIN), CatalogCode.of("identity-document"));
        RequestView request = world.submit(OFFICER, "school-admission", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "medical-certificates", "child-photo"), true, null);
        request = world.qyzmet.requests().intake().accept(act(OFFICER, request));
        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(request.deadline().dueAt()).as("1 working day").isEqualTo(almaty(2025, 5, 6, 18, 30));
    }

    @Test
    void homeSchoolingApprovedThroughThePortal() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 9, 15, 11, 0));
        var requests = world.qyzmet.requests();
        RequestView request = world.submit(APPLICANT, "home-schooling", Channel.EGOV_PORTAL, "school-1",
                documents("application", "medical-advisory-commission-conclusion"), true, "eds-aigerim");
        request = requests.intake().accept(act(PORTAL, request));
        assertThat(request.deadline().dueAt()).as("2 working days").isEqualTo(almaty(2025, 9, 17, 18, 30));
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        request = requests.review().approve(act(EXECUTOR, request));
        request = requests.issuing().markReady(act(HEAD, request));
        request = requests.issuing().issue(act(PORTAL, request));
        assertThat(request.status()).isEqualTo(RequestStatus.ISSUED);
    }

    @Test
    void homeSchoolingWithoutConsentIsRefusedAtIntake() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 9, 15, 11, 0));
        RequestView request = world.submit(APPLICANT, "home-schooling", Channel.EGOV_PORTAL, "school-1",
                documents("application", "medical-advisory-commission-conclusion"), false, "eds-aigerim");
        request = world.qyzmet.requests().intake().accept(act(PORTAL, request));
        assertThat(((RequestEvent.IntakeRefused) request.history().get(1)).reasons())
                .containsExactly(new IntakeRefusalReason.NoPersonalDataConsent());
    }

    @Test
    void aPreschoolQueueRegistrationFinishedWithinItsThirtyMinutes() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 15, 10, 0));
        var requests = world.qyzmet.requests();
        var iin = kz.qyzmet.domain.request.Iin.of(ScenarioWorld.APPLICANT_IIN);
        world.digitalDocuments.put(iin, CatalogCode.of("birth-certificate")).put(iin, CatalogCode.of("identity-document"));
        RequestView request = world.submit(OFFICER, "403001", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "phthisiatrician-conclusion"), true, null);
        request = requests.intake().accept(act(OFFICER, request));
        assertThat(request.deadline().dueAt()).isEqualTo(almaty(2025, 4, 15, 10, 30));

        world.clock.advance(Duration.ofMinutes(5));
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        world.clock.advance(Duration.ofMinutes(10));
        request = requests.review().approve(act(EXECUTOR, request));
        request = requests.issuing().markReady(act(HEAD, request));
        world.clock.advance(Duration.ofMinutes(5));
        request = requests.issuing().issue(act(OFFICER, request));

        assertThat(request.status()).isEqualTo(RequestStatus.ISSUED);
        RequestEvent issued = request.history().get(request.history().size() - 1);
        assertThat(issued.header().at()).isEqualTo(almaty(2025, 4, 15, 10, 20));
        assertThat(issued.header().deadline().overdue()).isFalse();
    }

    @Test
    void aMotivatedRefusalCitesAGroundOfTheStandard() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 9, 15, 11, 0));
        var requests = world.qyzmet.requests();
        RequestView request = world.submit(APPLICANT, "home-schooling", Channel.EGOV_PORTAL, "school-1",
                documents("application", "medical-advisory-commission-conclusion"), true, "eds-aigerim");
        request = requests.intake().accept(act(PORTAL, request));
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        RequestView inReview = request;
        assertThatThrownBy(() -> requests.review().refuse(new kz.qyzmet.application.request.port.in.RefuseCommand(EXECUTOR,
                inReview.id().value(), List.of("class-overfilled"), "the class is full", null)))
                .isInstanceOf(kz.qyzmet.application.validation.InvalidCommandException.class)
                .hasMessageContaining("'class-overfilled' is not a refusal ground of home-schooling");
        request = requests.review().refuse(new kz.qyzmet.application.request.port.in.RefuseCommand(EXECUTOR, request.id().value(),
                List.of("unreliable-documents"), "the commission's conclusion is not in the register", null));
        assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    }
}
