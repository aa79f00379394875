package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/**
 * DESIGN rule 5, step deadlines: each step of the regulation's procedure (15 min, 15 min, 14 working days,
 * 1 working day …) is counted by its own kind of term from the moment the step before it is due, the
 * first from acceptance. They are tracked apart from the overall term.
 */
public final class StepDeadlinePolicy {

    private final TermPolicies terms = new TermPolicies();

    public List<StepDeadline> plan(Procedure procedure, Instant acceptedAt, DeadlineContext context) {
        return plan(procedure, acceptedAt, (start, term) -> terms.due(start, term, context, line -> { }));
    }

    /** The plan with each step's term counted by {@code due} (start, term) to its due instant. */
    List<StepDeadline> plan(Procedure procedure, Instant acceptedAt, BiFunction<Instant, ProcessingTerm, Instant> due) {
        List<StepDeadline> plan = new ArrayList<>();
        Instant start = acceptedAt;
        int number = 1;
        for (ProcedureStep step : procedure.steps()) {
            Instant stepDue = due.apply(start, step.duration());
            plan.add(new StepDeadline(number++, step, start, stepDue));
            start = stepDue;
        }
        return plan;
    }
}
