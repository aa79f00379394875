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
        events.addAll(watched.watchDeadlines(Actor.system("deadline-watch"), due.minusSeconds(60), kz.qyzmet.domain.deadline.AtRiskShare.DEFAULT));
        events.addAll(watched.watchDeadlines(Actor.system("deadline-watch"), due.plusSeconds(60), kz.qyzmet.domain.deadline.AtRiskShare.DEFAULT));
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

    /**
     * The names the API and the stored data answer with, pinned: they are declared on each member, so renaming or
     * moving a record cannot change them; changing one here breaks every client that reads it.
     */
    @Test
    void everyMemberPublishesItsPinnedTypeName() {
        assertThat(RequestEvent.TYPE_NAMES).containsExactly("RequestSubmitted", "IntakeRefused", "RequestAccepted", "ExecutorAssigned",
                "ReviewStarted", "RequestApproved", "RequestRefused", "ResultReady", "HandedToStateCorporation", "ReturnedToProvider",
                "ReRequested", "ResultIssued", "RequestWithdrawn", "DeadlineAtRisk", "DeadlineOverdue", "ReferralIssued");
        Map<Class<?>, String> published = new java.util.HashMap<>();
        oneOfEach().forEach(event -> published.put(event.getClass(), event.typeName()));
        assertThat(published).containsOnly(
                Map.entry(RequestEvent.RequestSubmitted.class, "RequestSubmitted"),
                Map.entry(RequestEvent.IntakeRefused.class, "IntakeRefused"),
                Map.entry(RequestEvent.RequestAccepted.class, "RequestAccepted"),
                Map.entry(RequestEvent.ExecutorAssigned.class, "ExecutorAssigned"),
                Map.entry(RequestEvent.ReviewStarted.class, "ReviewStarted"),
                Map.entry(RequestEvent.RequestApproved.class, "RequestApproved"),
                Map.entry(RequestEvent.RequestRefused.class, "RequestRefused"),
                Map.entry(RequestEvent.ResultReady.class, "ResultReady"),
                Map.entry(RequestEvent.HandedToStateCorporation.class, "HandedToStateCorporation"),
                Map.entry(RequestEvent.ReturnedToProvider.class, "ReturnedToProvider"),
                Map.entry(RequestEvent.ReRequested.class, "ReRequested"),
                Map.entry(RequestEvent.ResultIssued.class, "ResultIssued"),
                Map.entry(RequestEvent.RequestWithdrawn.class, "RequestWithdrawn"),
                Map.entry(RequestEvent.DeadlineAtRisk.class, "DeadlineAtRisk"),
                Map.entry(RequestEvent.DeadlineOverdue.class, "DeadlineOverdue"),
                Map.entry(RequestEvent.ReferralIssued.class, "ReferralIssued"));
    }

    /** Each member is visited as itself: the visitor's answer for an event is the one of its own kind. */
    @Test
    void everyMemberIsVisitedAsItself() {
        RequestEvent.Visitor<String> kind = new RequestEvent.Visitor<>() {
            public String visit(RequestEvent.RequestSubmitted event) {
                return "RequestSubmitted";
            }

            public String visit(RequestEvent.IntakeRefused event) {
                return "IntakeRefused";
            }

            public String visit(RequestEvent.RequestAccepted event) {
                return "RequestAccepted";
            }

            public String visit(RequestEvent.ExecutorAssigned event) {
                return "ExecutorAssigned";
            }

            public String visit(RequestEvent.ReviewStarted event) {
                return "ReviewStarted";
            }

            public String visit(RequestEvent.RequestApproved event) {
                return "RequestApproved";
            }

            public String visit(RequestEvent.RequestRefused event) {
                return "RequestRefused";
            }

            public String visit(RequestEvent.ResultReady event) {
                return "ResultReady";
            }

            public String visit(RequestEvent.HandedToStateCorporation event) {
                return "HandedToStateCorporation";
            }

            public String visit(RequestEvent.ReturnedToProvider event) {
                return "ReturnedToProvider";
            }

            public String visit(RequestEvent.ReRequested event) {
                return "ReRequested";
            }

            public String visit(RequestEvent.ResultIssued event) {
                return "ResultIssued";
            }

            public String visit(RequestEvent.RequestWithdrawn event) {
                return "RequestWithdrawn";
            }

            public String visit(RequestEvent.DeadlineAtRisk event) {
                return "DeadlineAtRisk";
            }

            public String visit(RequestEvent.DeadlineOverdue event) {
                return "DeadlineOverdue";
            }

            public String visit(RequestEvent.ReferralIssued event) {
                return "ReferralIssued";
            }
        };
        for (RequestEvent event : oneOfEach()) {
            assertThat(event.accept(kind)).isEqualTo(event.typeName());
        }
    }

    @Test
    void aHistoryThatDoesNotStartWithTheSubmissionDoesNotRestore() {
        ServiceRequest request = RequestFixtures.accepted(Channel.PROVIDER_OFFICE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceRequest.restore(request.id(), request.submission(),
                        request.history().subList(1, 2)))
                .hasMessage("history: must start with RequestSubmitted");
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
