package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.rest.RestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem a person can meet through the API, asked for in Kazakh, Russian and English: the title, the
 * detail and every field's message come in the language asked for — no Cyrillic in English, no English phrase
 * in Kazakh or Russian (codes, ids, field names and paths aside) — and the English is marked as Qyzmet's
 * translation. The issue's own example: issuing a request that cannot be issued.
 */
class ProblemLanguageTest {

    /** Two English words in a row, such as "cannot issue": codes are one word ({@code ISSUED}, {@code start-review}). */
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]*[a-z][A-Za-z]*\\s+[a-z]{2,}\\b");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @TempDir
    static Path data;

    private static ApiServer api;
    private static String submitted;

    @BeforeAll
    static void start() {
        // Monday 17 March 2025, 10:00 in Almaty
        api = ApiServer.start(data, Clock.fixed(Instant.parse("2025-03-17T05:00:00Z"), ZoneId.of("UTC")));
        submitted = api.submitted("clerk", "language-submitted", ApiServer.SUBMISSION);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** The problems, each by its type, with the call that meets it in the language given. */
    private static Map<String, Function<String, ApiServer.Answer>> problems() {
        Map<String, Function<String, ApiServer.Answer>> calls = new LinkedHashMap<>();
        String preview = "/deadlines/preview";
        String json = "application/json";
        calls.put("/problems/unknown-service", lang -> api.call("GET", "/services/999999", null, "Accept-Language", lang));
        calls.put("/problems/no-version-in-force", lang -> api.call("GET", "/services/803005?on=1990-01-01", null, "Accept-Language", lang));
        calls.put("/problems/unknown-version", lang -> api.call("GET", "/services/803005?version=1999", null, "Accept-Language", lang));
        calls.put("/problems/channel-not-offered", lang -> api.call("GET", "/services/803005/requirements?channel=MOBILE", null,
                "Accept-Language", lang));
        calls.put("/problems/invalid-request", lang -> api.call("POST", preview, "{\"service\": \"803005\", \"channel\": \"PROVIDER_OFFICE\"}",
                "Content-Type", json, "Accept-Language", lang));
        calls.put("/problems/not-found", lang -> api.call("GET", "/nowhere", null, "Accept-Language", lang));
        calls.put("/problems/method-not-allowed", lang -> api.call("DELETE", "/services", null, "Accept-Language", lang));
        calls.put("/problems/outside-calendar", lang -> api.call("GET", "/calendar/2040", null, "Accept-Language", lang));
        // term-unknown: every built-in service has a term now (the school transfer's is its desk time), so no call here meets it
        calls.put("/problems/malformed-body", lang -> api.call("POST", preview, "{\"service\": \"803005\", \"chanel\": \"MOBILE\"}",
                "Content-Type", json, "Accept-Language", lang));
        calls.put("/problems/unsupported-media-type", lang -> api.call("POST", preview, "service=803005", "Content-Type", "text/plain",
                "Accept-Language", lang));
        calls.put("/problems/unauthenticated", lang -> api.call("GET", "/requests", null, "Accept-Language", lang));
        calls.put("/problems/forbidden-action", lang -> api.act("director", submitted, "accept", null, "Accept-Language", lang));
        calls.put("/problems/request-not-found", lang -> api.as("clerk", "GET", "/requests/" + UUID.randomUUID(), null, "Accept-Language", lang));
        calls.put("/problems/report-not-found", lang -> api.as("clerk2", "GET", "/reports/monthly?provider=school-1&month=2025-03", null,
                "Accept-Language", lang));
        calls.put("/problems/unknown-action", lang -> api.act("clerk", submitted, "fly", null, "Accept-Language", lang));
        calls.put("/problems/illegal-transition", lang -> api.act("clerk", submitted, "issue", null, "Accept-Language", lang));
        calls.put("/problems/stale-revision", lang -> api.act("clerk", submitted, "accept", null, "If-Match", "\"9\"", "Accept-Language", lang));
        calls.put("/problems/idempotency-conflict", lang -> api.as("clerk", "POST", "/requests",
                ApiServer.SUBMISSION.replace("\"identity-document\"}", "\"identity-document\"},{\"code\":\"photo\"}"),
                "Idempotency-Key", "language-submitted", "Accept-Language", lang));
        calls.put("/problems/payload-too-large", lang -> api.call("POST", preview, "{\"service\":\"" + "x".repeat((int) RestApi.MAX_BODY_BYTES)
                + "\"}", "Content-Type", json, "Accept-Language", lang));
        return calls;
    }

    @Test
    void everyProblemComesInTheLanguageAskedFor() {
        List<String> wrong = new ArrayList<>();
        problems().forEach((type, call) -> {
            for (String language : List.of("en", "kk", "ru")) {
                ApiServer.Answer answer = call.apply(language);
                JsonNode problem = answer.body();
                assertThat(problem.get("type").asText()).as("%s in %s: %s", type, language, answer.response().body()).isEqualTo(type);
                assertThat(answer.header("Content-Language")).as(type).isEqualTo(language);
                List<String> texts = new ArrayList<>(List.of(problem.get("title").asText(), problem.get("detail").asText()));
                problem.path("errors").forEach(error -> texts.add(error.get("message").asText()));
                for (String text : texts) {
                    if (language.equals("en")) {
                        if (CYRILLIC.matcher(text).find()) {
                            wrong.add(type + " en has Cyrillic: " + text);
                        }
                    } else {
                        Matcher english = ENGLISH_PHRASE.matcher(withoutCodes(text));
                        if (english.find()) {
                            wrong.add(type + " " + language + " has English '" + english.group() + "': " + text);
                        }
                        if (!CYRILLIC.matcher(text).find()) {
                            wrong.add(type + " " + language + " has no word of the language: " + text);
                        }
                    }
                }
                assertThat(problem.path("translated").asBoolean(false)).as("%s in %s is marked a translation", type, language)
                        .isEqualTo(language.equals("en"));
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** Header names, paths and the quoted values of a request are the request's, not the text's language. */
    private static String withoutCodes(String text) {
        return text.replaceAll("Bearer <[^>]*>|Authorization|If-Match|Idempotency-Key|application/json|text/plain|/\\S*|«[^»]*»|\\([^)]*\\)", " ");
    }

    @Test
    void theIssuesExampleAnIllegalTransitionInEachLanguage() {
        assertThat(api.act("clerk", submitted, "issue", null, "Accept-Language", "en").body().get("detail").asText())
                .isEqualTo("The request's state does not allow this: a request in 'submitted' (SUBMITTED) cannot 'issue' (issue); "
                        + "allowed: 'accept' (accept), 'refuse at intake' (refuse-intake), 'withdraw' (withdraw)");
        assertThat(api.act("clerk", submitted, "issue", null, "Accept-Language", "ru").body().get("detail").asText())
                .isEqualTo("В текущем состоянии заявки это действие невозможно: заявка в статусе «подано» (SUBMITTED) не допускает действие "
                        + "«выдать результат» (issue); допустимо: «принять» (accept), «отказать в приеме» (refuse-intake), «отозвать» (withdraw)");
        assertThat(api.act("clerk", submitted, "issue", null, "Accept-Language", "kk").body().get("detail").asText())
                .startsWith("Өтінімнің қазіргі күйінде бұл әрекет мүмкін емес: күйі «берілді» (SUBMITTED) өтініште «нәтижені беру» (issue)");
    }

    @Test
    void anIntakeRefusalReadsInEnglishInTheRequestAndInTheApplicantsMessage() {
        String refused = api.submitted("clerk", "language-refused", ApiServer.SUBMISSION.replace(",{\"code\":\"identity-document\"}", ""));
        assertThat(api.act("clerk", refused, "accept", null).body().get("status").asText()).isEqualTo("INTAKE_REFUSED");
        JsonNode reason = api.as("aigerim", "GET", "/requests/" + refused, null, "Accept-Language", "en").body()
                .at("/history/1/details/reasons/0");
        assertThat(reason.get("code").asText()).isEqualTo("identity-document");
        assertThat(reason.get("name").asText()).isEqualTo("Birth certificate or identity card (passport) of the former pupil").doesNotContainPattern("\\p{IsCyrillic}");
        JsonNode message = api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "en").body().at("/notifications/0");
        assertThat(message.get("kind").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(message.get("text").asText()).contains("document not provided: Birth certificate or identity card").doesNotContainPattern("\\p{IsCyrillic}");
    }

    @Test
    void aFieldsMessageFollowsTheLanguageAndKeepsTheValue() {
        JsonNode ru = api.call("GET", "/calendar/20x5", null, "Accept-Language", "ru").body();
        assertThat(ru.at("/errors/0/field").asText()).isEqualTo("year");
        assertThat(ru.at("/errors/0/message").asText()).isEqualTo("должно быть годом из четырех цифр, получено: «20x5»");
        JsonNode en = api.call("GET", "/calendar/20x5", null, "Accept-Language", "en").body();
        assertThat(en.at("/errors/0/message").asText()).isEqualTo("must be a year of four digits, was '20x5'");
    }
}
