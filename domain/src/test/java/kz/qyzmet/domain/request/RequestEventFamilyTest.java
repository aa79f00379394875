package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import org.junit.jupiter.api.Test;

/**
 * Every member of the closed family of request events says which lifecycle action it records and what its facts
 * are; replaying a history relies on the first, the request's history shown to people on the second.
 */
class RequestEventFamilyTest {

    /** One of each member, from requests taken along the lifecycle's paths. */
    private static List<RequestEvent> oneOfEach() {
        List<RequestEvent> events = new ArrayList<>(RequestFixtures.inStatus(RequestStatus.ISSUED, Channel.STATE_CORPORATION).history());
        events.addAll(RequestFixtures.inStatus(RequestStatus.INTAKE_REFUSED, Channel.PROVIDER_OFFICE).history().subList(1, 2));
        events.addAll(RequestFixtures.inStatus(RequestStatus.WITHDRAWN, Channel.PROVIDER_OFFICE).history().subList(1, 2));
        List<RequestEvent> refused = RequestFixtures.inStatus(RequestStatus.REFUSED, Channel.PROVIDER_OFFICE).history();
        events.add(refused.get(refused.size() - 1));
        ServiceRequest returned = RequestFixtures.inStatus(RequestStatus.RETURNED_TO_PROVIDER, Channel.STATE_CORPORATION);
        Instant later = returned.history().get(returned.revision() - 1).header().at().plusSeconds(3600);
        events.add(returned.history().get(returned.revision() - 1));
        events.add(returned.reRequest(RequestFixtures.OPERATOR, later, later.plusSeconds(86_400)));
        ServiceRequest watched = RequestFixtures.accepted(Channel.PROVIDER_OFFICE);
        Instant due = watched.deadline().orElseThrow().dueAt();
        events.addAll(watched.watchDeadlines(Actor.system("deadline-watch"), due.minusSeconds(60), 0.2));
        events.addAll(watched.watchDeadlines(Actor.system("deadline-watch"), due.plusSeconds(60), 0.2));
        events.add(watched.issueReferral(RequestFixtures.OFFICER, due.plusSeconds(120), "Balapan kindergarten"));
        return events;
    }

    @Test
    void everyMemberIsCovered() {
        assertThat(oneOfEach().stream().map(Object::getClass).distinct().toList()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RequestEvent.class.getPermittedSubclasses())
                        .flatMap(type -> type.isInterface() ? Arrays.stream(type.getPermittedSubclasses()) : java.util.stream.Stream.of(type))
                        .toList());
    }

    @Test
    void everyTransitionNamesItsActionAndTheOthersNone() {
        for (RequestEvent event : oneOfEach()) {
            Optional<Action> action = event.action();
            RequestEvent.Header header = event.header();
            if (header.from() == null || header.from() == header.to() && action.isEmpty()) {
                assertThat(action).as(event.getClass().getSimpleName()).isEmpty();
            } else {
                assertThat(Lifecycle.transition(action.orElseThrow(), header.from())).as(event.getClass().getSimpleName())
                        .hasValueSatisfying(transition -> assertThat(transition.to()).isEqualTo(header.to()));
            }
        }
        assertThat(oneOfEach().stream().map(RequestEvent::action).flatMap(Optional::stream).distinct().toList()).containsExactlyInAnyOrder(
                Action.ACCEPT, Action.REFUSE_INTAKE, Action.ASSIGN, Action.START_REVIEW, Action.APPROVE, Action.REFUSE, Action.MARK_READY,
                Action.HAND_OVER, Action.ISSUE, Action.RETURN_TO_PROVIDER, Action.RE_REQUEST, Action.WITHDRAW);
    }

    @Test
    void everyMemberShowsItsOwnFacts() {
        for (RequestEvent event : oneOfEach()) {
            Map<String, Object> facts = event.facts();
            switch (event.getClass().getSimpleName()) {
                case "RequestAccepted" -> assertThat(facts).containsOnlyKeys("version", "dueAt", "receiptDocuments");
                case "IntakeRefused" -> assertThat(facts.get("reasons")).isEqualTo(List.of(new IntakeRefusalReason.NoPersonalDataConsent()));
                case "ExecutorAssigned" -> assertThat(facts).containsEntry("executor", "teacher");
                case "RequestRefused" -> {
                    assertThat(facts).containsEntry("motivation", "the certificate is forged");
                    assertThat((List<?>) facts.get("grounds")).singleElement().satisfies(ground ->
                            assertThat(((Map<?, ?>) ground).get("code")).isEqualTo("unreliable-documents"));
                }
                case "HandedToStateCorporation" -> assertThat(facts).containsOnlyKeys("keptUntil");
                case "ReRequested" -> assertThat(facts).containsOnlyKeys("dueBack");
                case "DeadlineAtRisk", "DeadlineOverdue" -> assertThat(facts).containsKey("dueAt");
                case "ReferralIssued" -> assertThat(facts).containsEntry("organisation", "Balapan kindergarten");
                default -> assertThat(facts).as(event.getClass().getSimpleName()).isEmpty();
            }
        }
    }

    @Test
    void aHistoryWithASecondSubmissionDoesNotRestore() {
        ServiceRequest request = RequestFixtures.accepted(Channel.PROVIDER_OFFICE);
        List<RequestEvent> history = new ArrayList<>(request.history());
        history.add(history.get(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceRequest.restore(request.id(), request.submission(), history))
                .hasMessageContaining("submitted only once");
    }
}
