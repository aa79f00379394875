package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;

/**
 * DESIGN rule 5, step deadlines: each step of the regulation's procedure (15 min, 15 min, 14 working days,
 * 1 working day …) is counted by its own kind of term from the moment the step before it is due, the
 * first from acceptance. They are tracked apart from the overall term.
 */
public final class StepDeadlinePolicy {

    private final TermPolicies terms = new TermPolicies();

    public List<StepDeadline> plan(Procedure procedure, Instant acceptedAt, DeadlineContext context) {
        List<StepDeadline> plan = new ArrayList<>();
        Instant start = acceptedAt;
        int number = 1;
        for (ProcedureStep step : procedure.steps()) {
            Instant due = terms.due(start, step.duration(), context, line -> { });
            plan.add(new StepDeadline(number++, step, start, due));
            start = due;
        }
        return plan;
    }
}
