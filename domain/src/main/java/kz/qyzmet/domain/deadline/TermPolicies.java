package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.function.Consumer;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/** Chooses the policy that counts a term by its kind. */
final class TermPolicies {

    private final DayTermPolicy days = new DayTermPolicy();
    private final WorkingTimePolicy time = new WorkingTimePolicy();
    private final DateLimitPolicy date = new DateLimitPolicy();

    Instant due(Instant start, ProcessingTerm term, DeadlineContext context, Consumer<Explanation.Line> explain) {
        return term.accept(new ProcessingTerm.Visitor<>() {
            @Override
            public Instant visit(ProcessingTerm.WorkingDays term) {
                return days.due(start, term, context, explain);
            }

            @Override
            public Instant visit(ProcessingTerm.Minutes term) {
                return time.due(start, term.duration(), context, explain);
            }

            @Override
            public Instant visit(ProcessingTerm.Hours term) {
                return time.due(start, term.duration(), context, explain);
            }

            @Override
            public Instant visit(ProcessingTerm.ByDate term) {
                return date.due(start, term, context, explain);
            }
        });
    }
}
