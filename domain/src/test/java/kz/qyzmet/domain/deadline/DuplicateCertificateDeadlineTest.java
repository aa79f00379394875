package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's worked example: a duplicate of a school certificate, 15 working days, accepted at the provider
 * on Monday 2025-03-17 10:00. Counting starts Tuesday 18 March; Nauryz (21–23 March) falls partly on the
 * weekend, so 24 and 25 March are days off too; the 15th working day is Thursday 2025-04-10, due at its close.
 */
class DuplicateCertificateDeadlineTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final DeadlineContext context = new DeadlineContext(StatutoryHolidays.calendar(), ALMATY,
            new ServiceHours(Hours.provider(), Hours.provider(), false));

    @Test
    void theFifteenthWorkingDayIsTenthOfAprilAtTheProvidersClose() {
        Instant accepted = ZonedDateTime.of(2025, 3, 17, 10, 0, 0, 0, ALMATY).toInstant();
        List<Explanation.Line> lines = new ArrayList<>();

        Instant due = new DayTermPolicy().due(accepted, new ProcessingTerm.WorkingDays(15, true), context, lines::add);

        assertThat(due).isEqualTo(ZonedDateTime.of(2025, 4, 10, 18, 0, 0, 0, ALMATY).toInstant());
        assertThat(lines.get(0)).isEqualTo(new Explanation.RuleApplied(CountingRule.WORKING_DAYS_FROM_NEXT_DAY));
        assertThat(lines).filteredOn(Explanation.DaySkipped.class::isInstance)
                .extracting(line -> ((Explanation.DaySkipped) line).day())
                .extracting(DayStatus::date, day -> day.getClass().getSimpleName())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 21), "Holiday"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 22), "Holiday"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 23), "Holiday"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 24), "MovedHoliday"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 25), "MovedHoliday"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 29), "Weekend"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 30), "Weekend"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 5), "Weekend"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 6), "Weekend"));
        assertThat(lines).noneMatch(Explanation.StatutoryRulesOnly.class::isInstance);
    }

    @Test
    void theExplanationReadsInEveryLanguage() {
        Instant accepted = ZonedDateTime.of(2025, 3, 17, 10, 0, 0, 0, ALMATY).toInstant();
        List<Explanation.Line> lines = new ArrayList<>();
        Instant due = new DayTermPolicy().due(accepted, new ProcessingTerm.WorkingDays(15, true), context, lines::add);
        lines.add(new Explanation.Due(due));
        Explanation explanation = new Explanation(lines);

        List<String> russian = new ExplanationText(Language.RU, ALMATY).render(explanation);
        assertThat(russian.get(0)).startsWith("Срок исчисляется в рабочих днях со дня, следующего за днем приема");
        assertThat(russian).contains("2025-03-24 (понедельник) — перенесенный выходной: nauryz-2 пришелся на выходной 2025-03-22 (суббота) ("
                + StatutoryHolidays.LAW.act() + ", ст. 5)");
        assertThat(russian.get(russian.size() - 1)).isEqualTo("Срок истекает: 2025-04-10 18:00 +05:00");
        assertThat(new ExplanationText(Language.EN, ALMATY).render(explanation)).contains("2025-03-29 (Saturday) — weekend");
        assertThat(new ExplanationText(Language.KK, ALMATY).render(explanation).get(0)).contains("жұмыс күндерімен");
    }
}
