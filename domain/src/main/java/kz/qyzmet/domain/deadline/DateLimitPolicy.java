package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/**
 * DESIGN rule 4, calendar-date limits ("not later than 30 August"): the date of the current calendar or
 * school year that contains the start day; the term ends when that date ends in the provider's zone. The
 * date is not moved off a day off: the standards state a calendar date.
 */
public final class DateLimitPolicy {

    public Instant due(Instant start, ProcessingTerm.ByDate term, DeadlineContext context, Consumer<Explanation.Line> explain) {
        LocalDate limit = term.year().resolve(term.date(), context.dayOf(start));
        explain.accept(new Explanation.RuleApplied(CountingRule.CALENDAR_DATE_LIMIT));
        return limit.plusDays(1).atStartOfDay(context.zone()).toInstant();
    }
}
