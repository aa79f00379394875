package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link DeadlinePolicy} give the answers of the general policies, to the nanosecond:
 * acceptance moments, day terms and minute terms over random moments of 2023–2026 (Almaty's change of UTC
 * offset on 1 March 2024 included), on a portal, a State Corporation and a provider's office, and in a zone
 * with summer time, where the days with a change of offset fall back to the general policies.
 */
class ChannelClockTest {

    private static final WorkingCalendar CALENDAR = StatutoryHolidays.calendar();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant FROM = Instant.parse("2023-01-01T00:00:00Z");

    private final AcceptancePolicy acceptance = new AcceptancePolicy();
    private final TermPolicies terms = new TermPolicies();

    private static List<DeadlineContext> contexts() {
        List<DeadlineContext> contexts = new ArrayList<>();
        for (ZoneId zone : List.of(ALMATY, BERLIN)) {
            contexts.add(new DeadlineContext(CALENDAR, zone, new ServiceHours(null, Hours.school(), false)));
            contexts.add(new DeadlineContext(CALENDAR, zone, new ServiceHours(Hours.stateCorporation(), Hours.provider(), false)));
            contexts.add(new DeadlineContext(CALENDAR, zone, new ServiceHours(Hours.provider(), Hours.provider(), false)));
        }
        return contexts;
    }

    private static ChannelClock clock(DeadlineContext context) {
        return new ChannelClock(new TimetableDays(CALENDAR, context.hours().intake(), context.zone()),
                new TimetableDays(CALENDAR, context.hours().provider(), context.zone()));
    }

    private static final List<DeadlineContext> CONTEXTS = contexts();
    private static final List<ChannelClock> CLOCKS = CONTEXTS.stream().map(ChannelClockTest::clock).toList();

    @Property(tries = 3000)
    void acceptsAsTheAcceptancePolicy(@ForAll @IntRange(max = 1400 * 24 * 60) int minute,
                                      @ForAll @IntRange(max = 999_999_999) int nano, @ForAll @IntRange(max = 5) int which) {
        Instant received = FROM.plusSeconds(minute * 60L + minute % 60).plusNanos(minute % 3 == 0 ? 0 : nano);
        Acceptance fast = CLOCKS.get(which).accept(received);
        Acceptance general = acceptance.accept(received, CONTEXTS.get(which));
        assertThat(fast == null ? general : fast).isEqualTo(general);
        if (CONTEXTS.get(which).zone().equals(ALMATY) && !received.isBefore(Instant.parse("2024-03-02T00:00:00Z"))) {
            assertThat(fast).as("a regular day answers by the fast path").isNotNull();
        }
    }

    @Property(tries = 3000)
    void countsDayTermsAsTheDayTermPolicy(@ForAll @IntRange(max = 1400 * 24 * 60) int minute,
                                          @ForAll @IntRange(min = 1, max = 60) int days, @ForAll @IntRange(max = 5) int which) {
        Instant start = FROM.plusSeconds(minute * 60L + minute % 7);
        ProcessingTerm term = new ProcessingTerm.WorkingDays(days, true);
        Instant fast = CLOCKS.get(which).due(start, term);
        assertThat(fast).isNotNull().isEqualTo(terms.due(start, term, CONTEXTS.get(which), line -> { }));
    }

    @Property(tries = 3000)
    void countsMinuteAndHourTermsAsTheWorkingTimePolicy(@ForAll @IntRange(max = 1400 * 24 * 60) int minute,
                                                        @ForAll @IntRange(max = 999_999_999) int nano,
                                                        @ForAll @IntRange(min = 1, max = 3000) int length,
                                                        @ForAll @IntRange(max = 5) int which) {
        Instant start = FROM.plusSeconds(minute * 60L + (minute % 2 == 0 ? 0 : minute % 60)).plusNanos(minute % 3 == 0 ? 0 : nano);
        ProcessingTerm term = length % 2 == 0 ? new ProcessingTerm.Minutes(length) : new ProcessingTerm.Hours(length % 50 + 1);
        Instant fast = CLOCKS.get(which).due(start, term);
        Instant general = terms.due(start, term, CONTEXTS.get(which), line -> { });
        assertThat(fast == null ? general : fast).isEqualTo(general);
    }

    @Property(tries = 3000)
    void countsADeadlineInOnePassAsTheAcceptanceAndTheTermCountedFromIt(@ForAll @IntRange(max = 1400 * 24 * 60) int minute,
                                                                       @ForAll @IntRange(max = 999_999_999) int nano,
                                                                       @ForAll @IntRange(max = 40) int days, @ForAll @IntRange(max = 5) int which) {
        Instant received = FROM.plusSeconds(minute * 60L + minute % 60).plusNanos(minute % 3 == 0 ? 0 : nano);
        ChannelClock clock = CLOCKS.get(which);
        DeadlineContext context = CONTEXTS.get(which);
        ProcessingTerm term = days > 0 ? new ProcessingTerm.WorkingDays(days, true) : new ProcessingTerm.Minutes(90);
        Explanation explanation = new Explanation(List.of());
        Deadline fast = clock.deadline(received, days > 0 ? clock.dayTerm(days) : null, days > 0 ? 0 : 90 * 60, explanation);
        if (fast == null) {
            assertThat(context.zone().equals(ALMATY) && !received.isBefore(Instant.parse("2024-03-02T00:00:00Z")))
                    .as("a regular day answers in one pass").isFalse();
            return;
        }
        Acceptance accepted = acceptance.accept(received, context);
        assertThat(fast.acceptance()).isEqualTo(accepted);
        assertThat(fast.dueAt()).isEqualTo(terms.due(accepted.acceptedAt(), term, context, line -> { }));
        assertThat(fast.explanation()).isSameAs(explanation);
    }

    @Test
    void onTheDaySummerTimeBeginsTheGeneralPoliciesAnswer() {
        ChannelClock berlin = CLOCKS.get(3);
        Instant sundayOfTheChange = Instant.parse("2025-03-30T10:00:00Z");
        assertThat(berlin.accept(sundayOfTheChange)).isNull();
        assertThat(berlin.due(sundayOfTheChange, new ProcessingTerm.Minutes(30))).isNull();
        assertThat(berlin.accept(Instant.parse("2025-04-01T10:00:00Z"))).isNotNull();
    }

    @Test
    void aTermThatIsNotPositiveOrADateIsLeftToTheGeneralPolicies() {
        ChannelClock almaty = CLOCKS.get(0);
        Instant start = Instant.parse("2025-04-01T05:00:00Z");
        assertThat(almaty.due(start, new ProcessingTerm.ByDate(java.time.MonthDay.of(8, 30), kz.qyzmet.domain.catalog.YearAnchor.CALENDAR_YEAR))).isNull();
        assertThat(almaty.accept(Instant.parse("2040-01-01T00:00:00Z"))).isNull();
    }

    @Test
    void anExplanationMadeLaterIsBuiltOnceAndOnlyWhenRead() {
        int[] builds = {0};
        Explanation explanation = Explanation.later(() -> {
            builds[0]++;
            return List.of(new Explanation.RuleApplied(CountingRule.WORKING_DAYS_FROM_NEXT_DAY));
        });
        assertThat(builds[0]).isZero();
        assertThat(explanation.lines()).containsExactly(new Explanation.RuleApplied(CountingRule.WORKING_DAYS_FROM_NEXT_DAY));
        assertThat(explanation).isEqualTo(new Explanation(List.of(new Explanation.RuleApplied(CountingRule.WORKING_DAYS_FROM_NEXT_DAY))));
        assertThat(explanation.lines()).hasSize(1);
        assertThat(builds[0]).isEqualTo(1);
    }

    @Test
    void elapsedTimeStillInvertsTheFastDueMoment() {
        DeadlineContext context = CONTEXTS.get(0);
        Instant start = Instant.parse("2025-04-18T10:15:00Z");
        Instant due = CLOCKS.get(0).due(start, new ProcessingTerm.Minutes(600));
        assertThat(new WorkingTimePolicy().elapsed(start, due, context.hours().intake(), context)).isEqualTo(Duration.ofMinutes(600));
    }
}
