package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;

/**
 * DESIGN rule 5, step deadlines: each step of the regulation's procedure (15 min, 15 min, 14 working days,
 * 1 working day …) is counted by its own kind of term from the moment the step before it is due, the
 * first from acceptance, in the hours of whoever performs it: the provider's staff in the provider's hours
 * (a school's step on the State Corporation path never lands on the State Corporation's Saturday), the State
 * Corporation in its own. No step is due after the request's overall deadline: a step that would be is due
 * with it. They are tracked apart from the overall term.
 */
public final class StepDeadlinePolicy {

    private final TermPolicies terms = new TermPolicies();

    /**
     * @param context    the hours of the request's channel and of its provider
     * @param overallDue the request's overall deadline
     */
    public List<StepDeadline> plan(Procedure procedure, Instant acceptedAt, DeadlineContext context, Instant overallDue) {
        DeadlineContext provider = context.atProvider();
        return plan(procedure, acceptedAt, overallDue,
                (index, step, start) -> terms.due(start, step.duration(), step.role().isProviderStaff() ? provider : context, line -> { }));
    }

    /** The plan, with each step's due instant from the timer (the general policies, or a channel's clocks). */
    static List<StepDeadline> plan(Procedure procedure, Instant acceptedAt, Instant overallDue, StepTimer timer) {
        List<ProcedureStep> steps = procedure.steps();
        List<StepDeadline> plan = new ArrayList<>(steps.size());
        Instant start = acceptedAt;
        for (int index = 0; index < steps.size(); index++) {
            ProcedureStep step = steps.get(index);
            Instant due = timer.due(index, step, start);
            if (due.isAfter(overallDue)) {
                due = overallDue;
            }
            plan.add(new StepDeadline(index + 1, step, start, due));
            start = due;
        }
        return plan;
    }

    /** When a step of a procedure is due. */
    @FunctionalInterface
    interface StepTimer {
        /**
         * @param index the step's place in the procedure, from 0
         * @param start when it starts
         */
        Instant due(int index, ProcedureStep step, Instant start);
    }
}
