package kz.qyzmet.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * Every problem type's title and detail, and every sentence the adapter composes from an error's data, in each
 * language — including the problems no HTTP test meets on purpose (a concurrent update, a rejected signature, an
 * internal error): no Cyrillic in English, no English phrase in Kazakh or Russian.
 */
class ProblemTypeLanguageTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]*[a-z][A-Za-z]*\\s+[a-z]{2,}\\b");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private static void check(List<String> wrong, String what, Language language, String text) {
        String bare = text.replaceAll("Bearer <[^>]*>|Authorization|If-Match|Idempotency-Key|application/json|«[^»]*»|\\([^)]*\\)", " ");
        if (language == Language.EN && CYRILLIC.matcher(text).find()) {
            wrong.add(what + " en: " + text);
        }
        if (language != Language.EN && (ENGLISH_PHRASE.matcher(bare).find() || !CYRILLIC.matcher(text).find())) {
            wrong.add(what + " " + language.tag() + ": " + text);
        }
    }

    @Test
    void everyTitleAndDetailIsInItsLanguage() {
        List<String> wrong = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            for (Language language : Language.values()) {
                check(wrong, type + " title", language, type.title(language));
                check(wrong, type + " detail", language, type.detail(language, "X1", "X2", "X3"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theComposedSentencesAreInTheirLanguage() {
        List<String> wrong = new ArrayList<>();
        IllegalTransitionException closed = new IllegalTransitionException(RequestStatus.ISSUED, Action.ISSUE, List.of());
        IllegalTransitionException rule = new IllegalTransitionException(RequestStatus.AT_STATE_CORPORATION, Action.RETURN_TO_PROVIDER,
                LocalizedText.ours("сақталады", "хранится", "kept"));
        IllegalTransitionException englishOnly = new IllegalTransitionException(RequestStatus.IN_REVIEW, Action.APPROVE, "a rule in English");
        ForbiddenActionException actor = new ForbiddenActionException(Action.WITHDRAW, Role.HEAD, "a rule in English");
        ForbiddenActionException role = new ForbiddenActionException(Action.APPROVE, RequestStatus.IN_REVIEW, Role.HEAD, Set.of(Role.EXECUTOR));
        for (Language language : Language.values()) {
            check(wrong, "closed", language, ProblemTexts.transition(closed, language, ALMATY));
            check(wrong, "rule", language, ProblemTexts.transition(rule, language, ALMATY));
            check(wrong, "role", language, ProblemTexts.forbidden(role, language));
            check(wrong, "englishOnly", language, ProblemTexts.transition(englishOnly, language, ALMATY));
            check(wrong, "actor", language, ProblemTexts.forbidden(actor, language));
            for (String check : List.of("MALFORMED", "CERTIFICATE_EXPIRED", "CERTIFICATE_REVOKED", "IIN_MISMATCH")) {
                check(wrong, check, language, ProblemTexts.signature(check, language));
            }
            for (kz.qyzmet.application.request.port.out.StoreBusyException.Maintenance maintenance
                    : kz.qyzmet.application.request.port.out.StoreBusyException.Maintenance.values()) {
                check(wrong, maintenance.name(), language, ProblemTexts.maintenance(maintenance, language));
            }
            for (UnauthenticatedException.Reason reason : UnauthenticatedException.Reason.values()) {
                check(wrong, reason.name(), language, ProblemTexts.unauthenticated(reason, language));
            }
            for (MalformedBodyException.Kind kind : MalformedBodyException.Kind.values()) {
                check(wrong, kind.name(), language, ProblemTexts.malformed(new MalformedBodyException(kind, "field", "in English", null), language));
            }
            for (String rule2 : List.of("NotNull", "Pattern", "Size", "Min", "enum", "uuid", "date", "year", "boolean", "order", "past",
                    "counter", "version", "unknown", "type", "value", "encoding", "registered", "some-new-rule")) {
                Problem.FieldError error = ProblemTexts.field(new Problem.FieldError("field", rule2, "must be right, was 'x y'"), language);
                check(wrong, rule2, language, error.message());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(ProblemTexts.transition(englishOnly, Language.EN, ALMATY)).endsWith("yet: a rule in English");
        assertThat(ProblemTexts.transition(closed, Language.RU, ALMATY))
                .isEqualTo("заявка в статусе «результат выдан» (ISSUED) не допускает действие «выдать результат» (issue); допустимо: ничего (заявка закрыта)");
        assertThat(ProblemTexts.forbidden(role, Language.KK))
                .isEqualTo("«басшы» (HEAD) рөлі күйі «қаралуда» (IN_REVIEW) өтініште «мақұлдау» (approve) әрекетін орындай алмайды; "
                        + "орындай алады: «орындаушы» (EXECUTOR)");
    }

    /** A format rule says, in Kazakh and Russian too, what the value must be: not only that its format is wrong. */
    @Test
    void aFormatRuleSaysWhatTheValueMustBe() {
        Problem.FieldError iin = new Problem.FieldError("applicantIin", "Pattern", "must be 12 digits");
        Problem.FieldError key = new Problem.FieldError("Idempotency-Key", "format", "must be 8-100 letters, digits, '.', '_', ':' or '-', was 't1'");
        Problem.FieldError code = new Problem.FieldError("one-time-password", "format", "must be the 6 digits sent by SMS, was '12'");
        Problem.FieldError month = new Problem.FieldError("month", "Pattern", "must be a month as YYYY-MM");
        Problem.FieldError regex = new Problem.FieldError("provider", "Pattern", "must match \"[a-z0-9]+(-[a-z0-9]+)*\"");
        Problem.FieldError version = new Problem.FieldError("version", "Pattern", "must be a version id such as 003-regulation-1");
        Problem.FieldError unstated = new Problem.FieldError("etag", "etag", "is not an entity tag, was 'x'");

        assertThat(List.of(iin, key, code, month, regex, version, unstated)).extracting(error -> ProblemTexts.field(error, Language.RU).message())
                .containsExactly("должно состоять из 12 цифр",
                        "должно состоять из 8–100 латинских букв, цифр или знаков '.', '_', ':', '-', получено: «t1»",
                        "должно быть 6 цифрами из SMS, получено: «12»",
                        "должно быть месяцем в виде YYYY-MM",
                        "должно соответствовать шаблону «[a-z0-9]+(-[a-z0-9]+)*»",
                        "неверный формат (например, 003-regulation-1)",
                        "неверный формат, получено: «x»");
        assertThat(List.of(iin, key, code, month, regex, version, unstated)).extracting(error -> ProblemTexts.field(error, Language.KK).message())
                .containsExactly("12 цифрдан тұруы тиіс",
                        "8–100 латын әрпінен, цифрдан немесе '.', '_', ':', '-' таңбаларынан тұруы тиіс, берілгені: «t1»",
                        "SMS арқылы жіберілген 6 цифр болуы тиіс, берілгені: «12»",
                        "YYYY-MM түріндегі ай болуы тиіс",
                        "«[a-z0-9]+(-[a-z0-9]+)*» үлгісіне сәйкес болуы тиіс",
                        "пішімі қате (мысалы, 003-regulation-1)",
                        "пішімі қате, берілгені: «x»");
        assertThat(ProblemTexts.field(iin, Language.EN)).isSameAs(iin);
    }

    /** A size or number rule gives, in Kazakh and Russian too, the bounds Bean Validation's English message states. */
    @Test
    void aSizeOrNumberRuleGivesItsBounds() {
        Problem.FieldError size = new Problem.FieldError("requests", "Size", "size must be between 1 and 100");
        Problem.FieldError least = new Problem.FieldError("expectedRevision", "Min", "must be greater than or equal to 1");
        Problem.FieldError most = new Problem.FieldError("limit", "Max", "must be less than or equal to 500, was '900'");
        Problem.FieldError none = new Problem.FieldError("limit", "integer", "must be a whole number, was 'x'");

        assertThat(List.of(size, least, most, none)).extracting(error -> ProblemTexts.field(error, Language.RU).message())
                .containsExactly("длина или количество вне допустимых пределов (должно быть от 1 до 100)",
                        "число вне допустимых пределов (должно быть не меньше 1)",
                        "число вне допустимых пределов (должно быть не больше 500), получено: «900»",
                        "число вне допустимых пределов, получено: «x»");
        assertThat(List.of(size, least, most)).extracting(error -> ProblemTexts.field(error, Language.KK).message())
                .containsExactly("ұзындығы немесе саны рұқсат етілген шектен тыс (1…100 аралығында болуы тиіс)",
                        "сан рұқсат етілген шектен тыс (кемінде 1 болуы тиіс)",
                        "сан рұқсат етілген шектен тыс (көп дегенде 500 болуы тиіс), берілгені: «900»");
    }

    /** A rule of time names its moment in the deployment's zone, as the deadline explanations do, not as a UTC instant. */
    @Test
    void aRuleOfTimeNamesItsMomentInTheZone() {
        Instant monday = Instant.parse("2026-12-07T04:00:00Z");
        IllegalTransitionException notYet = new IllegalTransitionException(RequestStatus.ACCEPTED, Action.ASSIGN, LocalizedText.ours(
                "өтініш " + monday + " сәтінде қабылданады", "заявление принимается в " + monday, "the request is accepted at " + monday), monday);

        assertThat(ProblemTexts.transition(notYet, Language.RU, ALMATY)).endsWith("пока невозможно: заявление принимается в 2026-12-07 09:00 +05:00");
        assertThat(ProblemTexts.transition(notYet, Language.KK, ALMATY)).endsWith("өтініш 2026-12-07 09:00 +05:00 сәтінде қабылданады");
        assertThat(ProblemTexts.transition(notYet, Language.EN, java.time.ZoneOffset.UTC)).endsWith("the request is accepted at 2026-12-07 04:00 +00:00");
    }
}
