package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.catalog.Role;
import org.junit.jupiter.api.Test;

/** Every action from every state and by every role: allowed exactly where {@link Lifecycle} says. */
class LifecycleRulesTest {

    @Test
    void everyActionNotInTheTableIsAnIllegalTransitionNamingWhatIsAllowed() {
        List<String> checked = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            for (Action action : Action.values()) {
                if (Lifecycle.transition(action, status).isEmpty()) {
                    assertThatThrownBy(() -> Lifecycle.require(action, status, Role.HEAD))
                            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                assertThat(e.status()).isEqualTo(status);
                                assertThat(e.action()).isEqualTo(action);
                                assertThat(e.allowed()).isEqualTo(Lifecycle.allowedFrom(status));
                                assertThat(e.getMessage()).contains(status.name()).contains(action.slug());
                            });
                    checked.add(status + "/" + action);
                }
            }
        }
        assertThat(checked).hasSize(RequestStatus.values().length * Action.values().length - Lifecycle.transitions().size());
    }

    @Test
    void everyRoleNotAllowedIsForbiddenAndEveryAllowedRolePasses() {
        for (Transition transition : Lifecycle.transitions()) {
            for (Role role : Role.values()) {
                if (transition.roles().contains(role)) {
                    assertThat(Lifecycle.require(transition.action(), transition.from(), role)).isEqualTo(transition);
                } else {
                    assertThatThrownBy(() -> Lifecycle.require(transition.action(), transition.from(), role))
                            .isInstanceOf(ForbiddenActionException.class)
                            .hasMessageContaining(role.name());
                }
            }
        }
    }

    @Test
    void closedRequestsAllowNothing() {
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(Lifecycle.allowedFrom(status).isEmpty()).as(status.name()).isEqualTo(status.terminal());
        }
        assertThat(new IllegalTransitionException(RequestStatus.ISSUED, Action.WITHDRAW, List.of()).getMessage())
                .isEqualTo("status: a request in ISSUED cannot withdraw; allowed: nothing (the request is closed)");
    }

    @Test
    void theAggregateAppliesTheTableFromEveryStateItCanReach() {
        for (RequestStatus status : RequestStatus.values()) {
            ServiceRequest request = RequestFixtures.inStatus(status, kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION);
            assertThat(request.status()).isEqualTo(status);
            if (!Lifecycle.allowedFrom(status).contains(Action.ASSIGN)) {
                assertThatThrownBy(() -> request.assign(RequestFixtures.HEAD, RequestFixtures.MONDAY_10.plusSeconds(99999),
                        RequestFixtures.EXECUTOR.user())).isInstanceOf(IllegalTransitionException.class);
                assertThat(request.status()).as("a refused action changes nothing").isEqualTo(status);
            }
        }
    }
}
