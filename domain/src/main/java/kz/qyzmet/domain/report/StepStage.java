package kz.qyzmet.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.request.RequestStatus;

/**
 * The stages of the lifecycle a regulation's steps are done in, in order, with the roles working in each: how the
 * monthly monitoring tells whether a step was done by its due moment from the state the request was in then.
 * A step is matched to the first stage of its role not before the previous step's stage; a step no stage fits
 * (the applicant's own, the State Corporation's issue to the applicant) is not tracked.
 */
enum StepStage {
    INTAKE(Set.of(Role.INTAKE_OFFICER, Role.STATE_CORPORATION_OPERATOR)),
    RESOLUTION(Set.of(Role.HEAD)),
    REVIEW(Set.of(Role.EXECUTOR)),
    SIGNATURE(Set.of(Role.HEAD)),
    ISSUE(Set.of(Role.INTAKE_OFFICER));

    private final Set<Role> roles;

    StepStage(Set<Role> roles) {
        this.roles = roles;
    }

    /** The stage of each step, in the steps' order; null for a step no stage fits. */
    static List<StepStage> of(List<StepDeadline> steps) {
        List<StepStage> stages = new ArrayList<>(steps.size());
        int from = 0;
        for (StepDeadline step : steps) {
            StepStage stage = null;
            for (int i = from; i < values().length && stage == null; i++) {
                if (values()[i].roles.contains(step.step().role())) {
                    stage = values()[i];
                    from = i;
                }
            }
            stages.add(stage);
        }
        return stages;
    }

    /**
     * Whether a request in that state had not yet done a step of this stage: it waits in this stage or an earlier
     * one (a request closed or at the State Corporation is past every stage).
     */
    boolean notDoneIn(RequestStatus status) {
        StepStage waiting = waitingIn(status);
        return waiting != null && waiting.compareTo(this) <= 0;
    }

    /** The stage a request in that state waits in; null once it is past every stage (at the State Corporation) or closed. */
    private static StepStage waitingIn(RequestStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case SUBMITTED -> INTAKE;
            case ACCEPTED -> RESOLUTION;
            case ASSIGNED, IN_REVIEW -> REVIEW;
            case APPROVED -> SIGNATURE;
            case RESULT_READY, RETURNED_TO_PROVIDER -> ISSUE;
            case AT_STATE_CORPORATION, INTAKE_REFUSED, REFUSED, ISSUED, WITHDRAWN -> null;
        };
    }
}
