package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.YearAnchor;
import org.junit.jupiter.api.Test;

/** Year ends, years without decree data, the 2024 time-zone change, and calendar-date limits. */
class TermEdgesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private final DeadlineContext provider = new DeadlineContext(StatutoryHolidays.calendar(), ALMATY,
            new ServiceHours(Hours.provider(), Hours.provider(), false));

    @Test
    void thirtyFirstDecemberIntoJanuary() {
        // accepted Wed 31 Dec 2025; 1–2 Jan holidays, 3–4 weekend, 7 Jan Orthodox Christmas (a Wednesday)
        Instant accepted = ZonedDateTime.of(2025, 12, 31, 10, 0, 0, 0, ALMATY).toInstant();
        List<Explanation.Line> lines = new ArrayList<>();
        Instant due = new DayTermPolicy().due(accepted, new ProcessingTerm.WorkingDays(5, true), provider, lines::add);
        // working days: 5, 6, 8, 9, 12 January 2026
        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 1, 12, 18, 0, 0, 0, ALMATY).toInstant());
        assertThat(lines).contains(new Explanation.StatutoryRulesOnly(2026));
        assertThat(lines).doesNotContain(new Explanation.StatutoryRulesOnly(2025));
    }

    @Test
    void theTimeZoneChangeOfMarch2024ComesFromTzdata() {
        // Kazakhstan moved to UTC+5 on 1 March 2024; the provider still closes at 18:00 local time
        assertThat(ALMATY.getRules().getOffset(LocalDateTime.of(2024, 2, 28, 12, 0))).isEqualTo(ZoneOffset.ofHours(6));
        assertThat(ALMATY.getRules().getOffset(LocalDateTime.of(2024, 3, 4, 12, 0))).isEqualTo(ZoneOffset.ofHours(5));
        Instant accepted = ZonedDateTime.of(2024, 2, 28, 10, 0, 0, 0, ALMATY).toInstant();
        Instant due = new DayTermPolicy().due(accepted, new ProcessingTerm.WorkingDays(2, true), provider, line -> { });
        assertThat(due).isEqualTo(Instant.parse("2024-03-01T13:00:00Z"));
        Instant before = new DayTermPolicy().due(ZonedDateTime.of(2024, 2, 27, 10, 0, 0, 0, ALMATY).toInstant(),
                new ProcessingTerm.WorkingDays(2, true), provider, line -> { });
        assertThat(before).isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
    }

    @Test
    void anAfterHoursSubmissionJustBeforeMidnightUtcBelongsToTheLocalDay() {
        // 2025-04-15T19:30Z is 00:30 on 16 April in Almaty
        Instant received = Instant.parse("2025-04-15T19:30:00Z");
        DeadlineContext portal = new DeadlineContext(StatutoryHolidays.calendar(), ALMATY, new ServiceHours(null, Hours.provider(), false));
        assertThat(new AcceptancePolicy().accept(received, portal).acceptedAt())
                .isEqualTo(ZonedDateTime.of(2025, 4, 16, 9, 0, 0, 0, ALMATY).toInstant());
    }

    @Test
    void notLaterThanThirtiethAugustOfTheSchoolYear() {
        ProcessingTerm.ByDate enrolment = new ProcessingTerm.ByDate(MonthDay.of(8, 30), YearAnchor.SCHOOL_YEAR);
        Instant june = ZonedDateTime.of(2025, 6, 10, 10, 0, 0, 0, ALMATY).toInstant();
        assertThat(new DateLimitPolicy().due(june, enrolment, provider, line -> { }))
                .isEqualTo(ZonedDateTime.of(2025, 8, 31, 0, 0, 0, 0, ALMATY).toInstant());
        Instant october = ZonedDateTime.of(2025, 10, 1, 10, 0, 0, 0, ALMATY).toInstant();
        assertThat(new DateLimitPolicy().due(october, enrolment, provider, line -> { }))
                .isEqualTo(ZonedDateTime.of(2026, 8, 31, 0, 0, 0, 0, ALMATY).toInstant());
    }
}
