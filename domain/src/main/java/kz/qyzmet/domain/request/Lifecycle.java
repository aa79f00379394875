package kz.qyzmet.domain.request;

import static kz.qyzmet.domain.catalog.Role.APPLICANT;
import static kz.qyzmet.domain.catalog.Role.EXECUTOR;
import static kz.qyzmet.domain.catalog.Role.HEAD;
import static kz.qyzmet.domain.catalog.Role.INTAKE_OFFICER;
import static kz.qyzmet.domain.catalog.Role.STATE_CORPORATION_OPERATOR;
import static kz.qyzmet.domain.catalog.Role.SYSTEM;
import static kz.qyzmet.domain.request.RequestStatus.ACCEPTED;
import static kz.qyzmet.domain.request.RequestStatus.APPROVED;
import static kz.qyzmet.domain.request.RequestStatus.ASSIGNED;
import static kz.qyzmet.domain.request.RequestStatus.AT_STATE_CORPORATION;
import static kz.qyzmet.domain.request.RequestStatus.INTAKE_REFUSED;
import static kz.qyzmet.domain.request.RequestStatus.IN_REVIEW;
import static kz.qyzmet.domain.request.RequestStatus.ISSUED;
import static kz.qyzmet.domain.request.RequestStatus.REFUSED;
import static kz.qyzmet.domain.request.RequestStatus.RESULT_READY;
import static kz.qyzmet.domain.request.RequestStatus.RETURNED_TO_PROVIDER;
import static kz.qyzmet.domain.request.RequestStatus.SUBMITTED;
import static kz.qyzmet.domain.request.RequestStatus.WITHDRAWN;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.domain.catalog.Role;

/**
 * The lifecycle of a service request: every allowed transition with the roles that may take it, after
 * DESIGN.md and the regulations of seed 003 (intake by the office or the State Corporation, the head's
 * resolution, the executor's review, the head's signature, issue by the office or the State Corporation,
 * the State Corporation's one-month storage and the provider's sending back on a later request).
 */
public final class Lifecycle {

    private static final Set<Role> INTAKE = Set.of(INTAKE_OFFICER, STATE_CORPORATION_OPERATOR, SYSTEM);

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(Action.ACCEPT, SUBMITTED, ACCEPTED, INTAKE),
            new Transition(Action.REFUSE_INTAKE, SUBMITTED, INTAKE_REFUSED, INTAKE),
            new Transition(Action.ASSIGN, ACCEPTED, ASSIGNED, Set.of(HEAD)),
            new Transition(Action.START_REVIEW, ASSIGNED, IN_REVIEW, Set.of(EXECUTOR)),
            new Transition(Action.APPROVE, IN_REVIEW, APPROVED, Set.of(EXECUTOR, HEAD)),
            new Transition(Action.REFUSE, IN_REVIEW, REFUSED, Set.of(EXECUTOR, HEAD)),
            new Transition(Action.MARK_READY, APPROVED, RESULT_READY, Set.of(HEAD)),
            new Transition(Action.ISSUE, RESULT_READY, ISSUED, Set.of(INTAKE_OFFICER, SYSTEM)),
            new Transition(Action.HAND_OVER, RESULT_READY, AT_STATE_CORPORATION, Set.of(INTAKE_OFFICER)),
            new Transition(Action.ISSUE, AT_STATE_CORPORATION, ISSUED, Set.of(STATE_CORPORATION_OPERATOR)),
            new Transition(Action.RETURN_TO_PROVIDER, AT_STATE_CORPORATION, RETURNED_TO_PROVIDER, Set.of(STATE_CORPORATION_OPERATOR, SYSTEM)),
            new Transition(Action.RE_REQUEST, RETURNED_TO_PROVIDER, RETURNED_TO_PROVIDER, Set.of(STATE_CORPORATION_OPERATOR)),
            new Transition(Action.HAND_OVER, RETURNED_TO_PROVIDER, AT_STATE_CORPORATION, Set.of(INTAKE_OFFICER)),
            new Transition(Action.WITHDRAW, SUBMITTED, WITHDRAWN, Set.of(APPLICANT)),
            new Transition(Action.WITHDRAW, ACCEPTED, WITHDRAWN, Set.of(APPLICANT)),
            new Transition(Action.WITHDRAW, ASSIGNED, WITHDRAWN, Set.of(APPLICANT)),
            new Transition(Action.WITHDRAW, IN_REVIEW, WITHDRAWN, Set.of(APPLICANT)));

    private Lifecycle() {
    }

    /** Every allowed transition. */
    public static List<Transition> transitions() {
        return TRANSITIONS;
    }

    /** The transition for an action from a state, if the lifecycle allows one. */
    public static Optional<Transition> transition(Action action, RequestStatus from) {
        return TRANSITIONS.stream().filter(t -> t.action() == action && t.from() == from).findFirst();
    }

    /** The actions allowed from a state, to anyone. */
    public static List<Action> allowedFrom(RequestStatus from) {
        return TRANSITIONS.stream().filter(t -> t.from() == from).map(Transition::action).distinct().toList();
    }

    /**
     * The transition an actor may take, or the reason why not.
     *
     * @throws IllegalTransitionException if the state does not allow the action
     * @throws ForbiddenActionException   if the actor's role may not take it
     */
    public static Transition require(Action action, RequestStatus from, Role role) {
        Transition transition = transition(action, from)
                .orElseThrow(() -> new IllegalTransitionException(from, action, allowedFrom(from)));
        if (!transition.roles().contains(role)) {
            throw new ForbiddenActionException(action, from, role, transition.roles());
        }
        return transition;
    }
}
