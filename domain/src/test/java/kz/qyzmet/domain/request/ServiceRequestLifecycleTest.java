package kz.qyzmet.domain.request;

import static kz.qyzmet.domain.request.RequestFixtures.ALMATY;
import static kz.qyzmet.domain.request.RequestFixtures.APPLICANT;
import static kz.qyzmet.domain.request.RequestFixtures.EXECUTOR;
import static kz.qyzmet.domain.request.RequestFixtures.HEAD;
import static kz.qyzmet.domain.request.RequestFixtures.MONDAY_10;
import static kz.qyzmet.domain.request.RequestFixtures.OFFICER;
import static kz.qyzmet.domain.request.RequestFixtures.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import org.junit.jupiter.api.Test;

/** Given / when / then scenarios of the request lifecycle, and the rules that guard each transition. */
class ServiceRequestLifecycleTest {

    private final Instant later = MONDAY_10.plusSeconds(7200);

    @Test
    void aDuplicateAtTheProvidersOfficeFromSubmissionToIssue() {
        ServiceRequest request = RequestFixtures.accepted(Channel.PROVIDER_OFFICE);
        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(request.deadline()).hasValueSatisfying(deadline -> assertThat(deadline.dueAt())
                .isEqualTo(ZonedDateTime.of(2025, 5, 6, 18, 0, 0, 0, ALMATY).toInstant()));

        request.assign(HEAD, later, EXECUTOR.user());
        request.startReview(EXECUTOR, later);
        request.approve(EXECUTOR, later);
        request.markReady(HEAD, later);
        request.issue(OFFICER, later);

        assertThat(request.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(request.history()).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "RequestSubmitted", "RequestAccepted", "ExecutorAssigned", "ReviewStarted", "RequestApproved", "ResultReady",
                "ResultIssued");
        RequestEvent.Header issued = request.history().get(6).header();
        assertThat(issued.actor()).isEqualTo(OFFICER);
        assertThat(issued.from()).isEqualTo(RequestStatus.RESULT_READY);
        assertThat(issued.deadline().overdue()).isFalse();
        assertThat(issued.deadline().dueAt()).isEqualTo(request.deadline().orElseThrow().dueAt());
    }

    @Test
    void theReceiptListsTheDocumentsAndTheDeadline() {
        ServiceRequest request = RequestFixtures.accepted(Channel.PROVIDER_OFFICE);
        RequestEvent.RequestAccepted accepted = (RequestEvent.RequestAccepted) request.history().get(1);
        assertThat(accepted.receipt().documents()).extracting(CatalogCode::value).containsExactly("application", "workplace-certificate");
        assertThat(accepted.receipt().dueAt()).isEqualTo(request.deadline().orElseThrow().dueAt());
        assertThat(request.standardVersion()).contains(CatalogCode.of("test-version"));
    }

    @Test
    void aDuplicateThroughTheStateCorporationKeptOneMonthReturnedAndRequestedAgain() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.RESULT_READY, Channel.STATE_CORPORATION);
        assertThatThrownBy(() -> request.issue(OFFICER, later))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("issued there: hand it over first");

        request.handOver(OFFICER, later, ALMATY);
        Instant keptUntil = request.keptUntil().orElseThrow();
        assertThat(keptUntil).isEqualTo(later.atZone(ALMATY).plusMonths(1).toInstant());
        assertThatThrownBy(() -> request.returnToProvider(OPERATOR, keptUntil.minusSeconds(60)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("keeps the result until");

        request.returnToProvider(Actor.system("storage-expiry"), keptUntil);
        assertThat(request.status()).isEqualTo(RequestStatus.RETURNED_TO_PROVIDER);
        Instant dueBack = keptUntil.plusSeconds(86400);
        request.reRequest(OPERATOR, keptUntil.plusSeconds(3600), dueBack);
        assertThat(request.dueBack()).contains(dueBack);
        request.handOver(OFFICER, keptUntil.plusSeconds(7200), ALMATY);
        request.issue(OPERATOR, keptUntil.plusSeconds(9000));
        assertThat(request.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(request.history()).extracting(event -> event.header().to()).endsWith(
                RequestStatus.AT_STATE_CORPORATION, RequestStatus.RETURNED_TO_PROVIDER, RequestStatus.RETURNED_TO_PROVIDER,
                RequestStatus.AT_STATE_CORPORATION, RequestStatus.ISSUED);
    }

    @Test
    void aRequestAtTheProviderIsNotHandedToTheStateCorporation() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.RESULT_READY, Channel.PROVIDER_OFFICE);
        assertThatThrownBy(() -> request.handOver(OFFICER, later, ALMATY))
                .hasMessageContaining("only a request made through the State Corporation goes there");
    }

    @Test
    void aMotivatedRefusalCitesGroundsOfTheStandard() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.IN_REVIEW, Channel.PROVIDER_OFFICE);
        assertThatThrownBy(() -> request.refuse(EXECUTOR, later, RequestFixtures.version(), List.of(), "no reason"))
                .hasMessage("grounds: a motivated refusal cites at least one refusal ground of the standard");
        assertThatThrownBy(() -> request.refuse(EXECUTOR, later, RequestFixtures.version(), List.of(CatalogCode.of("class-overfilled")), "full"))
                .hasMessageContaining("grounds: 'class-overfilled' is not a refusal ground of education-document-duplicate version test-version")
                .hasMessageContaining("[incomplete-package, unreliable-documents]");
        assertThat(request.status()).as("a rejected refusal changes nothing").isEqualTo(RequestStatus.IN_REVIEW);

        RequestEvent.RequestRefused refused = request.refuse(EXECUTOR, later, RequestFixtures.version(),
                List.of(CatalogCode.of("unreliable-documents")), "the certificate's data do not match the registry");
        assertThat(refused.grounds()).extracting(g -> g.code().value()).containsExactly("unreliable-documents");
        assertThat(request.status()).isEqualTo(RequestStatus.REFUSED);
    }

    @Test
    void onlyTheExecutorNamedInTheResolutionReviews() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.ASSIGNED, Channel.PROVIDER_OFFICE);
        Actor colleague = Actor.staff(UserId.of("other-teacher"), Role.EXECUTOR, RequestFixtures.SCHOOL);
        assertThatThrownBy(() -> request.startReview(colleague, later))
                .isInstanceOf(ForbiddenActionException.class)
                .hasMessage("only the executor named in the head's resolution may start-review this request");
    }

    @Test
    void onlyTheApplicantOrTheirRepresentativeWithdraws() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.IN_REVIEW, Channel.PROVIDER_OFFICE);
        Actor stranger = Actor.applicant(UserId.of("someone"), Iin.of("900101300017"));
        assertThatThrownBy(() -> request.withdraw(stranger, later)).isInstanceOf(ForbiddenActionException.class);
        request.withdraw(APPLICANT, later);
        assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void anIntakeRefusalListsItsReasons() {
        ServiceRequest request = RequestFixtures.submitted(Channel.PROVIDER_OFFICE);
        assertThatThrownBy(() -> request.refuseIntake(OFFICER, later, List.of())).hasMessageContaining("at least one reason");
        RequestEvent.IntakeRefused refused = request.refuseIntake(OFFICER, later, List.of(new IntakeRefusalReason.NoPersonalDataConsent()));
        assertThat(refused.reasons()).containsExactly(new IntakeRefusalReason.NoPersonalDataConsent());
        assertThat(request.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
    }

    @Test
    void theHistoryCannotBeChangedFromOutside() {
        ServiceRequest request = RequestFixtures.accepted(Channel.PROVIDER_OFFICE);
        assertThatThrownBy(() -> request.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(request.history()).hasSize(2);
    }

    @Test
    void aRequestRestoredFromItsHistoryIsTheSameRequest() {
        ServiceRequest original = RequestFixtures.inStatus(RequestStatus.RETURNED_TO_PROVIDER, Channel.STATE_CORPORATION);
        ServiceRequest restored = ServiceRequest.restore(original.id(), original.submission(), original.history());
        assertThat(restored.status()).isEqualTo(RequestStatus.RETURNED_TO_PROVIDER);
        assertThat(restored.revision()).isEqualTo(original.revision());
        assertThat(restored.deadline()).isEqualTo(original.deadline());
        assertThat(restored.steps()).isEqualTo(original.steps());
        assertThat(restored.executor()).isEqualTo(original.executor());
        assertThat(restored.keptUntil()).isEqualTo(original.keptUntil());
        assertThat(restored.standardVersion()).isEqualTo(original.standardVersion());
        assertThat(restored.history()).isEqualTo(original.history());
    }

    @Test
    void aHistoryThatDoesNotFollowTheLifecycleIsRejected() {
        ServiceRequest original = RequestFixtures.inStatus(RequestStatus.APPROVED, Channel.PROVIDER_OFFICE);
        List<RequestEvent> skipping = new java.util.ArrayList<>(original.history());
        skipping.remove(2);
        assertThatThrownBy(() -> ServiceRequest.restore(original.id(), original.submission(), skipping))
                .hasMessageContaining("history[2]: ReviewStarted from ASSIGNED to IN_REVIEW does not follow from ACCEPTED");
        assertThatThrownBy(() -> ServiceRequest.restore(original.id(), original.submission(), original.history().subList(1, 3)))
                .hasMessage("history: must start with RequestSubmitted");
    }
}
