package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.MutableClock.almaty;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OPERATOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT_IIN;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.application.request.RequestServices;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.WatchDeadlinesUseCase.WatchReport;
import kz.qyzmet.application.request.port.in.WorklistQuery;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deadline watch of issue 7, driven directly through its use case with a moving clock: "at risk" and
 * "overdue" raised once each for the overall term and for the regulation's steps, kept across restarts, and
 * the State Corporation's return of results not collected within the month.
 */
class SlaWatchScenariosTest {

    @TempDir
    Path data;

    @Test
    void theOverallTermIsAtRiskOnceWhenLessThanAFifthIsLeftAndOverdueOnceAfterIt() {
        // given a duplicate accepted at school-1 on Monday 14 April 2025 at 10:00 and assigned at once
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();
        RequestView request = acceptedDuplicate(world);
        request = world.assign(HEAD, request, EXECUTOR);
        Instant accepted = request.deadline().acceptance().acceptedAt();
        Instant due = request.deadline().dueAt();
        assertThat(due).isEqualTo(almaty(2025, 5, 6, 18, 0));
        Instant threshold = due.minusSeconds((long) (Duration.between(accepted, due).toSeconds() * RequestServices.DEFAULT_AT_RISK_SHARE));

        // when the watch runs a minute before a fifth of the term is left, nothing is raised for the term
        world.clock.set(threshold.minusSeconds(60));
        requests.deadlineWatch().watch();
        assertThat(termWarnings(world, request)).isEmpty();

        // when it runs a minute after, and again, the term is at risk once
        world.clock.set(threshold.plusSeconds(60));
        requests.deadlineWatch().watch();
        requests.deadlineWatch().watch();
        List<RequestEvent.DeadlineWarning> warnings = termWarnings(world, request);
        assertThat(warnings).hasSize(1).first().isInstanceOf(RequestEvent.DeadlineAtRisk.class);
        RequestEvent.Header header = warnings.get(0).header();
        assertThat(header.actor().role()).isEqualTo(Role.SYSTEM);
        assertThat(header.from()).isEqualTo(RequestStatus.ASSIGNED).isEqualTo(header.to());
        assertThat(warnings.get(0).dueAt()).isEqualTo(due);

        // when the deadline passes, it is overdue once, the state does not change and the worklist shows it
        world.clock.set(due.plusSeconds(60));
        WatchReport first = requests.deadlineWatch().watch();
        WatchReport second = requests.deadlineWatch().watch();
        assertThat(first.overdue()).isGreaterThanOrEqualTo(1);
        assertThat(second.overdue()).isZero();
        assertThat(second.atRisk()).isZero();
        assertThat(termWarnings(world, request)).extracting(w -> w.getClass().getSimpleName())
                .containsExactly("DeadlineAtRisk", "DeadlineOverdue");
        RequestView shown = show(world, request);
        assertThat(shown.status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(requests.queries().worklist(new WorklistQuery(HEAD, null, Set.of(), true, false, 1, 50)).requests())
                .extracting(RequestView::id).contains(request.id());
        assertThat(world.events.published()).as("the warnings are published after they are stored")
                .anyMatch(RequestEvent.DeadlineOverdue.class::isInstance);

        // and the request goes on: the executor starts the review from the state it was in
        RequestView reviewed = requests.review().startReview(act(EXECUTOR, shown));
        assertThat(reviewed.status()).isEqualTo(RequestStatus.IN_REVIEW);
    }

    @Test
    void aStepOfTheRegulationIsAtRiskThenOverdueUntilTheEventThatCompletesIt() {
        // given a duplicate accepted at 10:00: the head's resolution (step 2) is due at 10:30
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();
        RequestView request = acceptedDuplicate(world);
        assertThat(request.steps().get(1).step().role()).isEqualTo(Role.HEAD);
        assertThat(request.steps().get(1).dueAt()).isEqualTo(almaty(2025, 4, 14, 10, 30));

        world.clock.set(2025, 4, 14, 10, 20);
        requests.deadlineWatch().watch();
        assertThat(stepWarnings(world, request, 2)).as("two thirds of the step left").isEmpty();

        world.clock.set(2025, 4, 14, 10, 28);
        requests.deadlineWatch().watch();
        world.clock.set(2025, 4, 14, 10, 31);
        requests.deadlineWatch().watch();
        requests.deadlineWatch().watch();
        assertThat(stepWarnings(world, request, 2)).extracting(w -> w.getClass().getSimpleName())
                .containsExactly("DeadlineAtRisk", "DeadlineOverdue");
        assertThat(stepWarnings(world, request, 1)).as("intake was completed by the acceptance").isEmpty();

        // when the head assigns late, the step is done: nothing more about it, the executor's step runs on
        world.clock.set(2025, 4, 14, 11, 0);
        world.assign(HEAD, show(world, request), EXECUTOR);
        world.clock.set(2025, 5, 6, 18, 1);
        requests.deadlineWatch().watch();
        assertThat(stepWarnings(world, request, 2)).hasSize(2);
        assertThat(stepWarnings(world, request, 3)).as("the executor's 14 working days passed without a result")
                .extracting(w -> w.getClass().getSimpleName()).containsExactly("DeadlineOverdue");
    }

    @Test
    void warningsAreRaisedOnceAcrossARestartOfTheStore() {
        MutableClock clock = new MutableClock(2025, 4, 14, 10, 0);
        RequestView request;
        try (JdbcStorage storage = JdbcStorage.h2File(data); Qyzmet qyzmet = qyzmet(storage, clock)) {
            request = qyzmet.requests().intake().accept(act(OFFICER, qyzmet.requests().submitting().submit(
                    new kz.qyzmet.application.request.port.in.SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                            APPLICANT_IIN, null, documents("application", "identity-document"), true, null, null))));
            clock.set(2025, 5, 7, 9, 0);
            assertThat(qyzmet.requests().deadlineWatch().watch().overdue()).isPositive();
        }
        try (JdbcStorage storage = JdbcStorage.h2File(data); Qyzmet qyzmet = qyzmet(storage, clock)) {
            WatchReport again = qyzmet.requests().deadlineWatch().watch();
            assertThat(again.checked()).as("every running deadline was reported overdue: the watch does not even read it").isZero();
            assertThat(again.overdue() + again.atRisk()).isZero();
            RequestView found = qyzmet.requests().queries().show(new ShowRequestQuery(OFFICER, request.id().value()));
            assertThat(found.history()).filteredOn(RequestEvent.DeadlineOverdue.class::isInstance)
                    .extracting(e -> ((RequestEvent.DeadlineOverdue) e).step()).containsExactlyInAnyOrder(null, 2, 3, 4);
        }
    }

    @Test
    void aResultNotCollectedWithinTheMonthGoesBackToTheProviderAndARequestForItIsDueInOneWorkingDay() {
        // given a duplicate through the State Corporation, handed over on Tuesday 22 April at 11:00
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();
        RequestView request = handedOverOnTheTwentySecondOfApril(world);
        assertThat(request.keptUntil()).isEqualTo(almaty(2025, 5, 22, 11, 0));

        // a minute before the month is over, the State Corporation still keeps it
        world.clock.set(2025, 5, 22, 10, 59);
        assertThat(requests.deadlineWatch().watch().returned()).isZero();
        assertThat(show(world, request).status()).isEqualTo(RequestStatus.AT_STATE_CORPORATION);

        // when the month is over, the watch returns it to the school, once, with its history entry
        world.clock.set(2025, 5, 22, 11, 0);
        assertThat(requests.deadlineWatch().watch().returned()).isEqualTo(1);
        assertThat(requests.deadlineWatch().watch().returned()).isZero();
        request = show(world, request);
        assertThat(request.status()).isEqualTo(RequestStatus.RETURNED_TO_PROVIDER);
        assertThat(request.history()).filteredOn(RequestEvent.ReturnedToProvider.class::isInstance).singleElement()
                .satisfies(event -> {
                    assertThat(event.header().actor().role()).isEqualTo(Role.SYSTEM);
                    assertThat(event.header().at()).isEqualTo(almaty(2025, 5, 22, 11, 0));
                    assertThat(event.header().from()).isEqualTo(RequestStatus.AT_STATE_CORPORATION);
                });

        // the applicant asks on Friday 23 May at 17:00: the school must send it back by Monday's close
        world.clock.set(2025, 5, 23, 17, 0);
        request = requests.issuing().reRequest(act(OPERATOR, request));
        assertThat(request.dueBack()).isEqualTo(almaty(2025, 5, 26, 18, 0));
    }

    @Test
    void aResultWaitingAtTheStateCorporationForTheApplicantIsNoOnesDelay() {
        // given a duplicate through the State Corporation, ready and handed over on Tuesday 22 April at 11:00
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();
        RequestView request = handedOverOnTheTwentySecondOfApril(world);
        Instant lastStepDue = request.steps().get(request.steps().size() - 1).dueAt();

        // when the applicant has not come by two weeks after the State Corporation's issue step was planned
        world.clock.set(lastStepDue.plus(Duration.ofDays(14)));
        requests.deadlineWatch().watch();

        // then nothing is overdue: the State Corporation waits for the applicant, and the request is still kept there
        request = show(world, request);
        assertThat(request.status()).isEqualTo(RequestStatus.AT_STATE_CORPORATION);
        assertThat(request.history()).filteredOn(RequestEvent.DeadlineWarning.class::isInstance).isEmpty();
    }

    @Test
    void aRequestChangedMeanwhileIsLeftForTheNextRunNotFailed() {
        MutableClock clock = new MutableClock(2025, 4, 14, 10, 0);
        InMemoryRequestRepository stored = new InMemoryRequestRepository();
        AtomicBoolean raceOnce = new AtomicBoolean(true);
        RequestRepository racing = new RequestRepository() {
            public Optional<ServiceRequest> find(RequestId id) { return stored.find(id); }
            public void add(ServiceRequest request, IdempotencyRecord key, AtRiskShare share) { stored.add(request, key, share); }
            public void update(ServiceRequest request, int expectedRevision, AtRiskShare share) {
                if (request.history().get(request.revision() - 1) instanceof RequestEvent.DeadlineWarning && raceOnce.getAndSet(false)) {
                    throw new ConcurrentUpdateException(request.id(), expectedRevision, expectedRevision + 1);
                }
                stored.update(request, expectedRevision, share);
            }
            public Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key) { return stored.findByIdempotencyKey(account, key); }
            public List<ServiceRequest> find(WorklistCriteria criteria) { return stored.find(criteria); }
            public List<ServiceRequest> findOpenWithDeadline(RequestId after, int limit) { return stored.findOpenWithDeadline(after, limit); }
            public List<ServiceRequest> findDueForWatch(Instant now, AtRiskShare share, RequestId after, int limit) {
                return stored.findDueForWatch(now, share, after, limit);
            }
            public List<ServiceRequest> find(kz.qyzmet.application.request.port.out.ReportCriteria criteria) { return stored.find(criteria); }
        };
        try (Qyzmet qyzmet = Qyzmet.builder().clock(clock).repository(racing)
                .persons(new InMemoryPersonRegistry().register(Iin.of(APPLICANT_IIN))).build()) {
            RequestView request = qyzmet.requests().intake().accept(act(OFFICER, qyzmet.requests().submitting().submit(
                    new kz.qyzmet.application.request.port.in.SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                            APPLICANT_IIN, null, documents("application", "identity-document"), true, null, null))));
            clock.set(2025, 5, 7, 9, 0);
            WatchReport raced = qyzmet.requests().deadlineWatch().watch();
            assertThat(raced.deferred()).isEqualTo(1);
            assertThat(raced.overdue()).isZero();
            WatchReport next = qyzmet.requests().deadlineWatch().watch();
            assertThat(next.deferred()).isZero();
            assertThat(next.overdue()).isEqualTo(4);
            assertThat(stored.find(request.id()).orElseThrow().history()).filteredOn(RequestEvent.DeadlineOverdue.class::isInstance).hasSize(4);
        }
    }

    private static Qyzmet qyzmet(JdbcStorage storage, MutableClock clock) {
        return Qyzmet.builder().clock(clock).repository(storage.requests())
                .persons(new InMemoryPersonRegistry().register(Iin.of(APPLICANT_IIN))).build();
    }

    /** A duplicate made through the State Corporation on Monday 14 April 2025, ready at once, handed over 22 April 11:00. */
    private static RequestView handedOverOnTheTwentySecondOfApril(ScenarioWorld world) {
        var requests = world.qyzmet.requests();
        RequestView request = requests.intake().accept(act(OPERATOR, world.submit(OPERATOR, "education-document-duplicate",
                Channel.STATE_CORPORATION, "school-1", documents("application", "identity-document"), true, null)));
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        request = requests.review().approve(act(EXECUTOR, request));
        request = requests.issuing().markReady(act(HEAD, request));
        world.clock.set(2025, 4, 22, 11, 0);
        request = requests.issuing().handOver(act(OFFICER, request));
        return request;
    }

    private static RequestView acceptedDuplicate(ScenarioWorld world) {
        return world.qyzmet.requests().intake().accept(act(OFFICER, world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), true, null)));
    }

    private static RequestView show(ScenarioWorld world, RequestView request) {
        return world.qyzmet.requests().queries().show(new ShowRequestQuery(OFFICER, request.id().value()));
    }

    private static List<RequestEvent.DeadlineWarning> termWarnings(ScenarioWorld world, RequestView request) {
        return show(world, request).history().stream().filter(RequestEvent.DeadlineWarning.class::isInstance)
                .map(RequestEvent.DeadlineWarning.class::cast).filter(w -> w.step() == null).toList();
    }

    private static List<RequestEvent.DeadlineWarning> stepWarnings(ScenarioWorld world, RequestView request, int step) {
        return show(world, request).history().stream().filter(RequestEvent.DeadlineWarning.class::isInstance)
                .map(RequestEvent.DeadlineWarning.class::cast).filter(w -> w.step() != null && w.step() == step).toList();
    }
}
