package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/**
 * DESIGN rule 2, day terms: counting starts the day after the day the term starts (the acceptance day, or
 * the day a step starts); the term ends at the close of the provider's hours on the N-th working day.
 */
public final class DayTermPolicy {

    public Instant due(Instant start, ProcessingTerm.WorkingDays term, DeadlineContext context, Consumer<Explanation.Line> explain) {
        LocalDate first = context.dayOf(start);
        LocalDate last = context.calendar().workingDayAfter(first, term.days());
        explain.accept(new Explanation.RuleApplied(CountingRule.WORKING_DAYS_FROM_NEXT_DAY));
        context.explainSpan(first, last, explain);
        return context.providerClose(last);
    }
}
