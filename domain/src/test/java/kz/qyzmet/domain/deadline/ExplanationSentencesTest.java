package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.YearAnchor;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Every member of the closed families an explanation is made of (its lines, the days it skips or counts, the terms it
 * names) reads as its own sentence in Kazakh, Russian and English, and each kind of day keeps its own office hours.
 */
class ExplanationSentencesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final WorkingCalendar CALENDAR = StatutoryHolidays.calendar();
    private static final Citation SOURCE = new Citation("002", Language.RU, "field 3", "15 рабочих дней");

    /** One day of each kind in the test calendar's 2025: 3 January moved to Sunday 5 January, Nauryz on a weekend. */
    private static List<DayStatus> oneDayOfEachKind() {
        return List.of("2025-01-06", "2025-01-05", "2025-01-04", "2025-01-01", "2025-03-24", "2025-06-06", "2025-01-03").stream()
                .map(LocalDate::parse).map(CALENDAR::status).toList();
    }

    private static List<ProcessingTerm> oneTermOfEachKind() {
        return List.of(ProcessingTerm.workingDays(15), ProcessingTerm.minutes(30), new ProcessingTerm.Hours(2),
                new ProcessingTerm.ByDate(MonthDay.of(8, 30), YearAnchor.SCHOOL_YEAR));
    }

    private static List<Explanation.Line> oneLineOfEachKind() {
        Instant received = Instant.parse("2025-01-06T04:00:00Z");
        List<Explanation.Line> lines = new ArrayList<>();
        oneTermOfEachKind().forEach(term -> lines.add(new Explanation.StandardApplied(ServiceId.of("education-document-duplicate"),
                CatalogCode.of("v1"), Channel.PROVIDER_OFFICE, term, SOURCE)));
        Arrays.stream(AcceptanceReason.values()).forEach(reason -> lines.add(new Explanation.Accepted(new Acceptance(received, received, reason))));
        Arrays.stream(CountingRule.values()).forEach(rule -> lines.add(new Explanation.RuleApplied(rule)));
        lines.add(new Explanation.DaySkipped(CALENDAR.status(LocalDate.of(2025, 1, 1))));
        lines.add(new Explanation.WeekendWorked(CALENDAR.status(LocalDate.of(2025, 1, 5)).workedByTransfer().orElseThrow()));
        lines.add(new Explanation.StatutoryRulesOnly(2026));
        lines.add(new Explanation.HoursAssumed("the deployment's default hours"));
        lines.add(new Explanation.Due(received.plusSeconds(86_400)));
        return lines;
    }

    @Test
    void oneOfEveryMemberIsListed() {
        assertThat(oneDayOfEachKind()).extracting(Object::getClass).containsExactlyInAnyOrder(DayStatus.class.getPermittedSubclasses());
        assertThat(oneTermOfEachKind()).extracting(Object::getClass).containsExactlyInAnyOrder(ProcessingTerm.class.getPermittedSubclasses());
        assertThat(oneLineOfEachKind().stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(Explanation.Line.class.getPermittedSubclasses());
    }

    @Test
    void everyLineHasItsOwnSentenceInEachLanguage() {
        for (Language language : Language.values()) {
            ExplanationText text = new ExplanationText(language, ALMATY);
            assertThat(oneLineOfEachKind()).extracting(text::line).as(language.tag())
                    .doesNotHaveDuplicates().allSatisfy(sentence -> assertThat(sentence).isNotBlank());
        }
    }

    @Test
    void everyDayReadsInEachLanguageWithItsDate() {
        for (Language language : Language.values()) {
            ExplanationText text = new ExplanationText(language, ALMATY);
            List<String> sentences = oneDayOfEachKind().stream().map(text::describe).toList();
            assertThat(sentences).as(language.tag()).doesNotHaveDuplicates();
            for (int i = 0; i < sentences.size(); i++) {
                assertThat(sentences.get(i)).startsWith(oneDayOfEachKind().get(i).date().toString());
            }
        }
        assertThat(new ExplanationText(Language.EN, ALMATY).describe(CALENDAR.status(LocalDate.of(2025, 1, 4))))
                .isEqualTo("2025-01-04 (Saturday) — weekend");
        assertThat(new ExplanationText(Language.RU, ALMATY).describe(CALENDAR.status(LocalDate.of(2025, 1, 3))))
                .isEqualTo("2025-01-03 (пятница) — выходной по переносу с 2025-01-05 (воскресенье) (Order No. 436 of 21 November 2024)");
    }

    @Test
    void everyTermReadsInEachLanguage() {
        List<String> kk = new ArrayList<>();
        List<String> ru = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Explanation.Line line : oneLineOfEachKind().subList(0, 4)) {
            kk.add(new ExplanationText(Language.KK, ALMATY).line(line));
            ru.add(new ExplanationText(Language.RU, ALMATY).line(line));
            en.add(new ExplanationText(Language.EN, ALMATY).line(line));
        }
        assertThat(kk).satisfiesExactly(s -> assertThat(s).contains("мерзім 15 жұмыс күні"), s -> assertThat(s).contains("мерзім 30 минут"),
                s -> assertThat(s).contains("мерзім 2 сағат"), s -> assertThat(s).contains("мерзім 30 тамыздан кешіктірмей"));
        assertThat(ru).satisfiesExactly(s -> assertThat(s).contains("срок 15 рабочих дней"), s -> assertThat(s).contains("срок 30 минут"),
                s -> assertThat(s).contains("срок 2 часа"), s -> assertThat(s).contains("срок не позднее 30 августа"));
        assertThat(en).satisfiesExactly(s -> assertThat(s).contains("term 15 working days"), s -> assertThat(s).contains("term 30 minutes"),
                s -> assertThat(s).contains("term 2 hours"), s -> assertThat(s).contains("term not later than 30 August"));
    }

    /** A worked Sunday keeps the Friday's hours whose day off it took; a weekend its own (an office may open then); a day off none. */
    @Test
    void everyKindOfDayKeepsItsOwnOfficeHours() {
        assertThat(oneDayOfEachKind()).extracting(DayStatus::officeHoursOf).containsExactly(
                Optional.of(DayOfWeek.MONDAY), Optional.of(DayOfWeek.FRIDAY), Optional.of(DayOfWeek.SATURDAY),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(oneDayOfEachKind()).extracting(day -> day.workedByTransfer().isPresent())
                .containsExactly(false, true, false, false, false, false, false);
        assertThat(oneDayOfEachKind()).extracting(DayStatus::kind).containsExactly(
                "WORKDAY", "WORKED_WEEKEND", "WEEKEND", "HOLIDAY", "MOVED_HOLIDAY", "RELIGIOUS_DAY_OFF", "TRANSFERRED_DAY_OFF");
    }

    /** A term's count agrees with its noun: Russian has three forms after a number, English two, Kazakh one. */
    @Test
    void aTermsCountAgreesWithItsNoun() {
        Map<Integer, String> russianDays = new LinkedHashMap<>();
        for (int days : new int[] {1, 2, 4, 5, 11, 12, 14, 15, 21, 22, 25, 101, 111, 112}) {
            russianDays.put(days, termIn(Language.RU, ProcessingTerm.workingDays(days)));
        }
        assertThat(russianDays).containsExactly(entry(1, "1 рабочий день"), entry(2, "2 рабочих дня"), entry(4, "4 рабочих дня"),
                entry(5, "5 рабочих дней"), entry(11, "11 рабочих дней"), entry(12, "12 рабочих дней"), entry(14, "14 рабочих дней"),
                entry(15, "15 рабочих дней"), entry(21, "21 рабочий день"), entry(22, "22 рабочих дня"), entry(25, "25 рабочих дней"),
                entry(101, "101 рабочий день"), entry(111, "111 рабочих дней"), entry(112, "112 рабочих дней"));
        assertThat(List.of(termIn(Language.RU, ProcessingTerm.minutes(1)), termIn(Language.RU, ProcessingTerm.minutes(3)),
                termIn(Language.RU, ProcessingTerm.minutes(15)), termIn(Language.RU, new ProcessingTerm.Hours(1)),
                termIn(Language.RU, new ProcessingTerm.Hours(24))))
                .containsExactly("1 минута", "3 минуты", "15 минут", "1 час", "24 часа");
        assertThat(List.of(termIn(Language.EN, ProcessingTerm.workingDays(1)), termIn(Language.EN, ProcessingTerm.minutes(1)),
                termIn(Language.EN, new ProcessingTerm.Hours(1)), termIn(Language.EN, ProcessingTerm.workingDays(2))))
                .containsExactly("1 working day", "1 minute", "1 hour", "2 working days");
        assertThat(List.of(termIn(Language.KK, ProcessingTerm.workingDays(1)), termIn(Language.KK, ProcessingTerm.workingDays(2))))
                .containsExactly("1 жұмыс күні", "2 жұмыс күні");
    }

    /** The term as the first line of an explanation words it, without the service, the channel and the source around it. */
    private static String termIn(Language language, ProcessingTerm term) {
        String line = new ExplanationText(language, ALMATY).line(new Explanation.StandardApplied(ServiceId.of("education-document-duplicate"),
                CatalogCode.of("v1"), Channel.PROVIDER_OFFICE, term, SOURCE));
        Matcher words = Pattern.compile(": (?:мерзім|срок|term) (.*?) \\(").matcher(line);
        assertThat(words.find()).as(line).isTrue();
        return words.group(1);
    }

    /** The term's source is named in the reader's language; the place in the document is the catalog's. */
    @Test
    void theTermsSourceIsNamedInTheReadersLanguage() {
        Explanation.Line applied = new Explanation.StandardApplied(ServiceId.of("education-document-duplicate"), CatalogCode.of("v1"),
                Channel.PROVIDER_OFFICE, ProcessingTerm.workingDays(15), SOURCE);

        assertThat(List.of(Language.KK, Language.RU, Language.EN)).extracting(language -> new ExplanationText(language, ALMATY).line(applied))
                .satisfiesExactly(kk -> assertThat(kk).endsWith("(дереккөз 002, field 3)"), ru -> assertThat(ru).endsWith("(источник 002, field 3)"),
                        en -> assertThat(en).endsWith("(source 002, field 3)"));
    }
}
