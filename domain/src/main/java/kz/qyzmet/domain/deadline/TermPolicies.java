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
        if (term instanceof ProcessingTerm.WorkingDays workingDays) {
            return days.due(start, workingDays, context, explain);
        }
        if (term instanceof ProcessingTerm.Minutes minutes) {
            return time.due(start, minutes.duration(), context, explain);
        }
        if (term instanceof ProcessingTerm.Hours hours) {
            return time.due(start, hours.duration(), context, explain);
        }
        return date.due(start, (ProcessingTerm.ByDate) term, context, explain);
    }
}
