package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every catalog text a person reads comes in the language asked for: the whole catalog over HTTP (every service,
 * every version, the requirements of every channel) is walked with {@code Accept-Language: en} and {@code kk}, and
 * each text must be in that language; in English no Cyrillic may remain outside the quotes of the sources, which
 * are the letter of the standard and stay as written, and the catalog's English notes, which may quote a source's
 * words. Where English is Qyzmet's own translation it says so.
 */
class CatalogLanguageApiTest extends ServerPerTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** The texts that broke the rule, each with where it was found. */
    private final List<String> wrong = new ArrayList<>();
    private int texts;

    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"en", "kk"})
    void everyCatalogTextComesInTheLanguageAsked(String language) {
        start(new MutableClock(2025, 5, 5, 10, 0));
        walkTheCatalog(language);
        assertThat(texts).as("texts walked").isGreaterThan(500);
        assertThat(wrong).as("texts not in " + language).isEmpty();
    }

    @Test
    void englishCatalogTextsAreMarkedAsTranslations() {
        start(new MutableClock(2025, 5, 5, 10, 0));
        JsonNode window = get("/services/school-admission?on=2025-05-05", "en").at("/version/intakeWindows/value/0/label");
        assertThat(window.get("lang").asText()).isEqualTo("en");
        assertThat(window.get("text").asText()).isEqualTo("1st grades");
        assertThat(window.get("translated").asBoolean()).isTrue();
        JsonNode condition = get("/services/camp-voucher/requirements?channel=EGOV_PORTAL&on=2025-05-05", "en").at("/documents/value");
        List<String> conditions = new ArrayList<>();
        condition.forEach(document -> {
            if (document.has("condition")) {
                assertThat(document.at("/condition/translated").asBoolean()).as(document.toString()).isTrue();
                conditions.add(document.at("/condition/text").asText());
            }
        });
        assertThat(conditions).contains("for orphans and children left without parental care who are brought up in families");
    }

    private JsonNode get(String path, String language) {
        ApiServer.Answer answer = api.call("GET", path, null, "Accept-Language", language);
        assertThat(answer.status()).as(path + ": " + answer.response().body()).isEqualTo(200);
        assertThat(answer.header("Content-Language")).isEqualTo(language);
        return answer.body();
    }

    private void walkTheCatalog(String language) {
        JsonNode services = get("/services", language);
        check(services, "/services", language);
        for (JsonNode service : services.get("services")) {
            String id = service.get("id").asText();
            for (JsonNode version : get("/services/" + id, language).get("versions")) {
                String on = version.get("validFrom").asText();
                String path = "/services/" + id + "?version=" + version.get("id").asText() + "&on=" + on;
                JsonNode standard = get(path, language);
                check(standard, path, language);
                if (!version.get("variant").asBoolean()) {
                    for (JsonNode channel : standard.at("/version/channels/value")) {
                        String requirements = "/services/" + id + "/requirements?channel=" + channel.asText() + "&on=" + on;
                        check(get(requirements, language), requirements, language);
                    }
                }
            }
        }
    }

    /** Walks an answer: each text object ({text, lang, translated}) must be in the language; in English no Cyrillic remains. */
    private void check(JsonNode node, String where, String language) {
        if (node.isObject()) {
            if (node.has("text") && node.has("lang") && node.has("translated")) {
                texts++;
                String text = node.get("text").asText();
                if (!node.get("lang").asText().equals(language) || language.equals("en") && CYRILLIC.matcher(text).find()) {
                    wrong.add(where + ": [" + node.get("lang").asText() + "] " + text);
                }
                return;
            }
            for (Map.Entry<String, JsonNode> member : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (member.getKey().equals("source") || member.getKey().equals("nameSource")) {
                    continue; // a quote of the source is the letter of the standard, in the source's language
                }
                check(member.getValue(), where + " " + member.getKey(), language);
            }
        } else if (node.isArray()) {
            node.forEach(element -> check(element, where, language));
        } else if (node.isTextual() && language.equals("en") && CYRILLIC.matcher(node.asText()).find()) {
            if (!(EDITORIAL_NOTES.contains(lastMember(where)) && mostlyLatin(node.asText()))) {
                wrong.add(where + ": " + node.asText());
            }
        }
    }

    /**
     * The catalog's own notes (why a version starts when it does, how a disagreement was read, why a fact is
     * unknown) are English prose that may quote the source's words ("'2024 жылғы "03" Қаңтар'"): they pass when they
     * are mostly Latin letters.
     */
    private static final java.util.Set<String> EDITORIAL_NOTES = java.util.Set.of("note", "validFromBasis", "unknown");

    private static String lastMember(String where) {
        return where.substring(where.lastIndexOf(' ') + 1);
    }

    private static boolean mostlyLatin(String text) {
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return latin > 3 * cyrillic;
    }
}
