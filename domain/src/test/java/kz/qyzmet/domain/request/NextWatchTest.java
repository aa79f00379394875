package kz.qyzmet.domain.request;

import static kz.qyzmet.domain.request.RequestFixtures.ALMATY;
import static kz.qyzmet.domain.request.RequestFixtures.EXECUTOR;
import static kz.qyzmet.domain.request.RequestFixtures.HEAD;
import static kz.qyzmet.domain.request.RequestFixtures.MONDAY_10;
import static kz.qyzmet.domain.request.RequestFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.StepDeadline;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceRequest#nextWatch} is exactly the moment from which the deadline watch has something to do: a
 * nanosecond before it the watch raises nothing and returns nothing, at it the watch acts. Walked through every
 * moment the watch acts at, for requests in each state the watch looks at and for several shares, until nothing
 * is left to watch.
 */
class NextWatchTest {

    private static final Actor WATCH = Actor.system("deadline-watch");
    private static final Instant MOVE = MONDAY_10.plusSeconds(3600);
    private static final List<AtRiskShare> SHARES = List.of(new AtRiskShare(1), AtRiskShare.DEFAULT, new AtRiskShare(500), new AtRiskShare(999));

    @Test
    void theWatchActsFromTheNextWatchInstantOnAndNotANanosecondBefore() {
        for (AtRiskShare share : SHARES) {
            for (ServiceRequest request : requestsInEveryWatchedState()) {
                int acted = 0;
                for (Optional<Instant> next = request.nextWatch(share); next.isPresent(); next = request.nextWatch(share)) {
                    Instant at = next.get();
                    ServiceRequest before = copy(request);
                    assertThat(watch(before, at.minusNanos(1), share)).as("%s, share %s: nothing before %s", request.status(), share, at)
                            .isFalse();
                    assertThat(watch(request, at, share)).as("%s, share %s: something at %s", request.status(), share, at).isTrue();
                    acted++;
                }
                assertThat(acted).as("the watch acts at least once on a request in %s", request.status()).isPositive();
                assertThat(watch(request, MONDAY_10.plus(Duration.ofDays(400)), share)).as("nothing is left once it is empty").isFalse();
            }
        }
    }

    @Test
    void nothingIsWatchedOnAClosedRequestOrOneWithoutADeadline() {
        ServiceRequest submitted = RequestFixtures.submitted(Channel.PROVIDER_OFFICE);
        assertThat(submitted.nextWatch(AtRiskShare.DEFAULT)).isEmpty();
        ServiceRequest withdrawn = accepted(Channel.PROVIDER_OFFICE);
        withdrawn.withdraw(RequestFixtures.APPLICANT, MOVE);
        assertThat(withdrawn.nextWatch(AtRiskShare.DEFAULT)).isEmpty();
    }

    @Test
    void aLargerShareWatchesEarlierAndOverdueIsTheSameForEveryShare() {
        ServiceRequest request = accepted(Channel.PROVIDER_OFFICE);
        Instant atAFifth = request.nextWatch(AtRiskShare.DEFAULT).orElseThrow();
        Instant atAHalf = request.nextWatch(new AtRiskShare(500)).orElseThrow();
        assertThat(atAHalf).isBefore(atAFifth);
        request.watchDeadlines(WATCH, request.deadline().orElseThrow().dueAt().plus(Duration.ofDays(30)), AtRiskShare.DEFAULT);
        assertThat(request.nextWatch(AtRiskShare.DEFAULT)).as("every running deadline reported overdue").isEmpty();
        assertThat(request.nextWatch(new AtRiskShare(500))).isEmpty();
    }

    /** Runs the watch on the request as {@code DeadlineWatching} does; whether it changed anything. */
    private static boolean watch(ServiceRequest request, Instant now, AtRiskShare share) {
        int before = request.revision();
        request.watchDeadlines(WATCH, now, share);
        if (request.status() == RequestStatus.AT_STATE_CORPORATION && request.storage().map(storage -> storage.isOver(now)).orElse(false)) {
            request.returnToProvider(WATCH, now);
        }
        return request.revision() != before;
    }

    private static List<ServiceRequest> requestsInEveryWatchedState() {
        List<ServiceRequest> requests = new ArrayList<>();
        requests.add(accepted(Channel.PROVIDER_OFFICE));
        ServiceRequest assigned = accepted(Channel.PROVIDER_OFFICE);
        assigned.assign(HEAD, MOVE, EXECUTOR.user());
        requests.add(assigned);
        ServiceRequest inReview = accepted(Channel.PROVIDER_OFFICE);
        inReview.assign(HEAD, MOVE, EXECUTOR.user());
        inReview.startReview(EXECUTOR, MOVE);
        requests.add(inReview);
        ServiceRequest atStateCorporation = accepted(Channel.STATE_CORPORATION);
        atStateCorporation.assign(HEAD, MOVE, EXECUTOR.user());
        atStateCorporation.startReview(EXECUTOR, MOVE);
        atStateCorporation.approve(EXECUTOR, MOVE);
        atStateCorporation.markReady(HEAD, MOVE);
        atStateCorporation.handOver(OFFICER, MOVE, ALMATY);
        requests.add(atStateCorporation);
        return requests;
    }

    /** Accepted on Monday 14 April 2025 at 10:00, with four steps due one day after another (the overall term is longer). */
    private static ServiceRequest accepted(Channel channel) {
        ServiceRequest request = RequestFixtures.submitted(channel);
        Deadline deadline = RequestFixtures.policy().deadline(RequestFixtures.SERVICE, RequestFixtures.version(), channel, MONDAY_10);
        List<Role> roles = channel == Channel.STATE_CORPORATION
                ? List.of(Role.STATE_CORPORATION_OPERATOR, Role.HEAD, Role.EXECUTOR, Role.STATE_CORPORATION_OPERATOR)
                : List.of(Role.INTAKE_OFFICER, Role.HEAD, Role.EXECUTOR, Role.INTAKE_OFFICER);
        List<StepDeadline> planned = new ArrayList<>();
        var steps = StageModelTest.steps(roles);
        for (int i = 0; i < steps.size(); i++) {
            planned.add(new StepDeadline(i + 1, steps.get(i), MONDAY_10.plus(Duration.ofDays(i)), MONDAY_10.plus(Duration.ofDays(i + 1))));
        }
        request.accept(channel == Channel.STATE_CORPORATION ? RequestFixtures.OPERATOR : OFFICER, MONDAY_10, RequestFixtures.version().id(),
                deadline, planned);
        return request;
    }

    private static ServiceRequest copy(ServiceRequest request) {
        return ServiceRequest.restore(request.id(), request.submission(), request.history());
    }
}
