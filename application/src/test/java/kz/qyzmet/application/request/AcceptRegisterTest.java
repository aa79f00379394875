package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.qyzmet.application.request.port.in.AcceptBatchCommand;
import kz.qyzmet.application.request.port.in.AcceptOutcome;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.out.ChangedRequest;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;

/**
 * A register of requests taken in together: each acceptance is decided and answered on its own — accepted, refused at
 * intake, or failed with the error a single acceptance gives (not found, wrong state, not the actor's role, stale) —
 * and the decisions go to the store in one call, each published once if and only if it is stored.
 */
class AcceptRegisterTest {

    private static final ActingUser OFFICER = new ActingUser("operator", Role.STATE_CORPORATION_OPERATOR, null, null);
    private static final ActingUser HEAD = new ActingUser("director", Role.HEAD, "school-1", null);

    private final List<List<ChangedRequest>> storeCalls = new ArrayList<>();
    /** A request another writer changes just before the register is stored, if any. */
    private RequestId changedMeanwhile;
    private final PortsInMemory ports = new PortsInMemory(new RequestsInMemory() {
        @Override
        public List<Optional<RuntimeException>> updateEach(List<ChangedRequest> changes, AtRiskShare watchShare) {
            storeCalls.add(List.copyOf(changes));
            if (changedMeanwhile != null) {
                ServiceRequest other = find(changedMeanwhile).orElseThrow();
                int revision = other.revision();
                other.withdraw(kz.qyzmet.domain.request.Actor.applicant(UserId.of("citizen"), other.submission().applicant().iin()),
                        other.submission().receivedAt().plusSeconds(60));
                update(other, revision, watchShare);
            }
            return super.updateEach(changes, watchShare);
        }
    });
    private final RequestServices requests = ports.requests;

    private RequestView submitted(List<DocumentData> documents) {
        return requests.submitting().submit(new SubmitRequestCommand(OFFICER, "803005", Channel.STATE_CORPORATION, "school-1",
                "061211600012", null, documents, true, null, null));
    }

    private RequestView complete() {
        return submitted(List.of(new DocumentData("application", null)));
    }

    private static RequestActionCommand acceptance(ActingUser actor, RequestView request) {
        return new RequestActionCommand(actor, request.id().value(), request.revision());
    }

    @Test
    void eachAcceptanceIsDecidedOnItsOwnAndThoseDecidedAreStoredInOneCall() {
        RequestView first = complete();
        RequestView stale = complete();
        RequestView incomplete = submitted(List.of());
        RequestView acceptedBefore = requests.intake().accept(acceptance(OFFICER, complete()));
        RequestView forTheHead = complete();
        RequestView last = complete();
        UUID unknown = UUID.randomUUID();
        int publishedBefore = ports.published.size();
        int deliveredBefore = ports.delivered.size();

        List<AcceptOutcome> outcomes = requests.intake().acceptAll(new AcceptBatchCommand(List.of(
                acceptance(OFFICER, first),
                new RequestActionCommand(OFFICER, stale.id().value(), stale.revision() + 1),
                acceptance(OFFICER, incomplete),
                new RequestActionCommand(OFFICER, unknown, 1),
                acceptance(OFFICER, acceptedBefore),
                acceptance(HEAD, forTheHead),
                acceptance(OFFICER, last))));

        assertThat(outcomes).extracting(AcceptOutcome::stored).containsExactly(true, false, true, false, false, false, true);
        assertThat(outcomes.get(0).requestOrThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(outcomes.get(0).requestOrThrow().deadline()).as("a receipt and a deadline, as a single acceptance gives").isNotNull();
        assertThat(outcomes.get(2).requestOrThrow().status()).as("the intake check refuses the incomplete package alone")
                .isEqualTo(RequestStatus.INTAKE_REFUSED);
        assertThat(outcomes.get(6).requestOrThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(error(outcomes.get(1))).isInstanceOf(StaleRevisionException.class);
        assertThat(error(outcomes.get(3))).isInstanceOf(RequestNotFoundException.class);
        assertThat(error(outcomes.get(4))).isInstanceOf(IllegalTransitionException.class);
        assertThat(error(outcomes.get(5))).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> outcomes.get(1).requestOrThrow()).as("a failed acceptance's error, as accept would throw it")
                .isInstanceOf(StaleRevisionException.class);

        assertThat(storeCalls).as("the three decisions stored in one call").hasSize(1);
        assertThat(storeCalls.get(0)).extracting(change -> change.request().id()).containsExactly(first.id(), incomplete.id(), last.id());
        for (RequestView untouched : List.of(stale, forTheHead)) {
            assertThat(ports.repository.find(untouched.id()).orElseThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
        }
        List<RequestEvent> published = ports.published.subList(publishedBefore, ports.published.size());
        assertThat(published).as("one event per request decided, once").hasSize(3);
        assertThat(published).filteredOn(RequestEvent.RequestAccepted.class::isInstance).hasSize(2);
        assertThat(published).filteredOn(RequestEvent.IntakeRefused.class::isInstance).hasSize(1);
        List<Notification> delivered = ports.delivered.subList(deliveredBefore, ports.delivered.size());
        assertThat(delivered).as("the applicant told of each decision once, as after a single acceptance")
                .hasSize(3 * messagesOfOneAcceptance());
    }

    @Test
    void aRequestChangedByAnotherWriterBeforeTheCommitFailsAloneAndIsNotPublished() {
        RequestView first = complete();
        RequestView middle = complete();
        RequestView last = complete();
        changedMeanwhile = middle.id();
        int publishedBefore = ports.published.size();

        List<AcceptOutcome> outcomes = requests.intake().acceptAll(new AcceptBatchCommand(List.of(
                acceptance(OFFICER, first), acceptance(OFFICER, middle), acceptance(OFFICER, last))));

        assertThat(outcomes).extracting(AcceptOutcome::stored).containsExactly(true, false, true);
        assertThat(error(outcomes.get(1))).as("what a single acceptance throws when another change came first")
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.repository.find(middle.id()).orElseThrow().status()).as("the other writer's change stands")
                .isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(ports.published.subList(publishedBefore, ports.published.size()))
                .as("the two accepted, not the one that failed").hasSize(2).allMatch(RequestEvent.RequestAccepted.class::isInstance);
    }

    @Test
    void aRequestNamedTwiceIsDecidedOnceAndTheSecondNamingFailsNamingItsField() {
        RequestView request = complete();

        List<AcceptOutcome> outcomes = requests.intake().acceptAll(new AcceptBatchCommand(List.of(
                acceptance(OFFICER, request), acceptance(OFFICER, request))));

        assertThat(outcomes.get(0).requestOrThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(error(outcomes.get(1))).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                .extracting(InvalidCommandException.Violation::field).containsExactly("requests[1].requestId"));
        assertThat(ports.repository.find(request.id()).orElseThrow().history()).hasSize(2);
    }

    @Test
    void anInvalidAcceptanceFailsAloneNamingItsField() {
        RequestView request = complete();
        RequestView other = complete();

        List<AcceptOutcome> outcomes = requests.intake().acceptAll(new AcceptBatchCommand(List.of(
                new RequestActionCommand(OFFICER, request.id().value(), 0), acceptance(OFFICER, other))));

        assertThat(error(outcomes.get(0))).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                .extracting(InvalidCommandException.Violation::field).containsExactly("expectedRevision"));
        assertThat(outcomes.get(1).stored()).isTrue();
    }

    @Test
    void anEmptyOrOverlongRegisterIsRefusedWhole() {
        assertThatThrownBy(() -> requests.intake().acceptAll(new AcceptBatchCommand(List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("requests"));
        RequestView request = complete();
        List<RequestActionCommand> tooMany = new ArrayList<>();
        for (int i = 0; i <= AcceptBatchCommand.MOST; i++) {
            tooMany.add(acceptance(OFFICER, request));
        }
        assertThatThrownBy(() -> requests.intake().acceptAll(new AcceptBatchCommand(tooMany)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("requests");
        List<RequestActionCommand> withAGap = new ArrayList<>();
        withAGap.add(null);
        assertThatThrownBy(() -> requests.intake().acceptAll(new AcceptBatchCommand(withAGap)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("requests");
        assertThat(storeCalls).as("nothing stored").isEmpty();
    }

    /** How many messages a single acceptance delivers to the applicant. */
    private int messagesOfOneAcceptance() {
        PortsInMemory alone = new PortsInMemory();
        RequestView request = alone.requests.submitting().submit(new SubmitRequestCommand(OFFICER, "803005", Channel.STATE_CORPORATION,
                "school-1", "061211600012", null, List.of(new DocumentData("application", null)), true, null, null));
        int before = alone.delivered.size();
        alone.requests.intake().accept(acceptance(OFFICER, request));
        assertThat(alone.delivered.size() - before).as("an acceptance tells the applicant").isPositive();
        return alone.delivered.size() - before;
    }

    private static RuntimeException error(AcceptOutcome outcome) {
        assertThat(outcome).isInstanceOf(AcceptOutcome.Failed.class);
        return ((AcceptOutcome.Failed) outcome).error();
    }
}
