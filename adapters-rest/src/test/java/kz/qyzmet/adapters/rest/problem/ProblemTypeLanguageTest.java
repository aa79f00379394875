package kz.qyzmet.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

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
            check(wrong, "closed", language, ProblemTexts.transition(closed, language));
            check(wrong, "rule", language, ProblemTexts.transition(rule, language));
            check(wrong, "role", language, ProblemTexts.forbidden(role, language));
            check(wrong, "englishOnly", language, ProblemTexts.transition(englishOnly, language));
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
        assertThat(ProblemTexts.transition(englishOnly, Language.EN)).endsWith("yet: a rule in English");
        assertThat(ProblemTexts.transition(closed, Language.RU))
                .isEqualTo("заявка в статусе «результат выдан» (ISSUED) не допускает действие «выдать результат» (issue); допустимо: ничего (заявка закрыта)");
        assertThat(ProblemTexts.forbidden(role, Language.KK))
                .isEqualTo("«басшы» (HEAD) рөлі күйі «қаралуда» (IN_REVIEW) өтініште «мақұлдау» (approve) әрекетін орындай алмайды; "
                        + "орындай алады: «орындаушы» (EXECUTOR)");
    }
}
