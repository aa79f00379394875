package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog API through the real server on a random port, with the built-in catalog and a clock fixed at
 * 2026-11-23 10:00 in Almaty.
 */
class CatalogApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static QyzmetServer server;

    @BeforeAll
    static void start() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneId.of("UTC"));
        server = QyzmetServer.start(new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null), clock);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Answer(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
    }

    private static Answer get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    private static Answer send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body, response);
    }

    @Test
    void healthSaysUp() throws Exception {
        Answer answer = get("/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void listsTheTenServicesInRussianByDefault() throws Exception {
        Answer answer = get("/services");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Content-Language")).contains("ru");
        assertThat(answer.body().get("on").asText()).isEqualTo("2026-11-23");
        List<String> ids = new ArrayList<>();
        answer.body().get("services").forEach(s -> ids.add(s.get("id").asText() + ":" + s.path("code").asText("—")));
        assertThat(ids).containsExactlyInAnyOrder("preschool-queue:403001", "preschool-admission:403002",
                "school-admission:403003", "home-schooling:403004", "school-meals:403008", "school-transfer:403015",
                "education-document-duplicate:803005", "teacher-attestation:803014", "camp-voucher:—",
                "externat-permission:—");
        answer.body().get("services").forEach(s -> assertThat(s.get("name").get("lang").asText()).isEqualTo("ru"));
    }

    @Test
    void speaksKazakhOrEnglishWhenAsked() throws Exception {
        JsonNode kazakh = get("/services/803005", "Accept-Language", "kk-KZ, ru;q=0.5").body();
        assertThat(kazakh.get("name").get("lang").asText()).isEqualTo("kk");
        assertThat(kazakh.get("name").get("translated").asBoolean()).isFalse();
        JsonNode english = get("/services/803005", "Accept-Language", "en").body();
        assertThat(english.get("name").get("lang").asText()).isEqualTo("en");
        assertThat(english.get("name").get("translated").asBoolean()).as("English names are Qyzmet's translation").isTrue();
    }

    @Test
    void answersKeptSerializedNeverMixLanguagesDaysOrChannels() throws Exception {
        for (int round = 0; round < 2; round++) {
            assertThat(get("/services/803005", "Accept-Language", "kk").body().get("name").get("lang").asText()).isEqualTo("kk");
            assertThat(get("/services/803005", "Accept-Language", "ru").body().get("name").get("lang").asText()).isEqualTo("ru");
            assertThat(get("/services/803005?on=2016-09-01").body().get("on").asText()).isEqualTo("2016-09-01");
            assertThat(get("/services/803005?on=2026-01-05").body().get("on").asText()).isEqualTo("2026-01-05");
            assertThat(get("/services/803005/requirements?channel=STATE_CORPORATION").body().get("channel").asText())
                    .isEqualTo("STATE_CORPORATION");
            assertThat(get("/services/803005/requirements?channel=PROVIDER_OFFICE").body().get("channel").asText())
                    .isEqualTo("PROVIDER_OFFICE");
        }
        assertThat(get("/services/803005?on=2016-09-01").body().get("version").get("id").asText())
                .isNotEqualTo(get("/services/803005?on=2026-01-05").body().get("version").get("id").asText());
    }

    @Test
    void showsTheStandardInForceTodayByOfficialCode() throws Exception {
        Answer answer = get("/services/803005");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode version = answer.body().get("version");
        assertThat(answer.body().get("id").asText()).isEqualTo("education-document-duplicate");
        assertThat(version.get("id").asText()).isEqualTo("004-plan");
        assertThat(version.get("terms").get("STATE_CORPORATION").get("processing").get("value").get("workingDays").asInt())
                .isEqualTo(15);
        assertThat(version.get("terms").get("STATE_CORPORATION").get("processing").get("source").get("doc").asText())
                .isNotBlank();
        assertThat(answer.body().get("versions")).hasSizeGreaterThan(3);
    }

    @Test
    void showsTheLongerTermOfAStateCorporationOfficeAwayFromTheProvider() throws Exception {
        JsonNode terms = get("/services/teacher-attestation?on=2024-09-16").body().get("version").get("terms");
        assertThat(terms.at("/STATE_CORPORATION/processing/value/workingDays").asInt()).isEqualTo(3);
        assertThat(terms.at("/STATE_CORPORATION/processingAwayFromProvider/value/workingDays").asInt()).isEqualTo(7);
        assertThat(terms.at("/STATE_CORPORATION/processingAwayFromProvider/source/at").asText()).isEqualTo("plan row 5, item 8(3)");
        assertThat(terms.at("/PROVIDER_OFFICE").has("processingAwayFromProvider")).isFalse();
    }

    @Test
    void showsTheVersionInForceOnAPastDay() throws Exception {
        JsonNode body = get("/services/education-document-duplicate?on=2016-09-01").body();
        assertThat(body.get("on").asText()).isEqualTo("2016-09-01");
        assertThat(body.get("version").get("id").asText()).isEqualTo("003-regulation-3");
        assertThat(body.get("version").get("procedures").get("value")).isNotEmpty();
    }

    @Test
    void showsAVariantById() throws Exception {
        JsonNode version = get("/services/803005?version=002-ru").body().get("version");
        assertThat(version.get("variant").asBoolean()).isTrue();
        assertThat(version.get("basedOn").asText()).isEqualTo("002-kk");
        assertThat(version.get("schedules").get("PROVIDER_OFFICE").get("value").get(0).get("hours").get(0).get("closes").asText())
                .isEqualTo("18:30");
    }

    @Test
    void unknownFieldsOfAStandardAreSaidToBeUnknown() throws Exception {
        JsonNode version = get("/services/school-meals").body().get("version");
        assertThat(version.get("documents").get("PROVIDER_OFFICE").get("unknown").asText()).isNotBlank();
        assertThat(version.get("documents").get("PROVIDER_OFFICE").has("value")).isFalse();
    }

    @Test
    void listsTheRequirementsOfAChannel() throws Exception {
        Answer answer = get("/services/803005/requirements?channel=STATE_CORPORATION");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("channel").asText()).isEqualTo("STATE_CORPORATION");
        List<String> codes = new ArrayList<>();
        answer.body().get("documents").get("value").forEach(d -> codes.add(d.get("code").asText()));
        assertThat(codes).contains("application", "identity-document");
        assertThat(answer.body().get("terms").get("processing").get("value").get("workingDays").asInt()).isEqualTo(15);
    }

    @Test
    void anUnknownServiceIsA404ProblemInTheClientsLanguage() throws Exception {
        Answer russian = get("/services/no-such-service");
        assertThat(russian.status()).isEqualTo(404);
        assertThat(russian.contentType()).startsWith("application/problem+json");
        assertThat(russian.body().get("type").asText()).isEqualTo("/problems/unknown-service");
        assertThat(russian.body().get("status").asInt()).isEqualTo(404);
        assertThat(russian.body().get("detail").asText()).isEqualTo("Услуги с идентификатором или кодом «no-such-service» нет");
        assertThat(russian.body().get("instance").asText()).isEqualTo("/services/no-such-service");
        assertThat(get("/services/999999", "Accept-Language", "en").body().get("title").asText()).isEqualTo("Unknown service");
        assertThat(get("/services/999999", "Accept-Language", "kk").body().get("title").asText()).isEqualTo("Қызмет табылмады");
    }

    @Test
    void aBadDateIsA400NamingTheParameter() throws Exception {
        Answer answer = get("/services/803005?on=2026-13-01");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("on");
        assertThat(answer.body().get("errors").get(0).get("message").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void aDayBeforeTheFirstVersionIsA404() throws Exception {
        Answer answer = get("/services/803005?on=1990-01-01");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("type").asText()).isEqualTo("/problems/no-version-in-force");
    }

    @Test
    void anUnknownVersionIsA404AndABadVersionIdA400() throws Exception {
        assertThat(get("/services/803005?version=1999").body().get("type").asText()).isEqualTo("/problems/unknown-version");
        Answer bad = get("/services/803005?version=Bad%20Id");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("version");
    }

    @Test
    void badChannelsAreNamed() throws Exception {
        Answer missing = get("/services/803005/requirements");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("channel");
        Answer unknown = get("/services/803005/requirements?channel=FAX");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("message").asText()).contains("EGOV_PORTAL");
        Answer notOffered = get("/services/803005/requirements?channel=MOBILE");
        assertThat(notOffered.status()).isEqualTo(404);
        assertThat(notOffered.body().get("type").asText()).isEqualTo("/problems/channel-not-offered");
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() throws Exception {
        Answer route = get("/nowhere");
        assertThat(route.status()).isEqualTo(404);
        assertThat(route.contentType()).startsWith("application/problem+json");
        assertThat(route.body().get("type").asText()).isEqualTo("/problems/not-found");
        Answer method = send("DELETE", "/services");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.body().get("type").asText()).isEqualTo("/problems/method-not-allowed");
    }

    @Test
    void everyResponseCarriesARequestId() throws Exception {
        assertThat(get("/health", "X-Request-Id", "trace-42").raw().headers().firstValue("X-Request-Id")).contains("trace-42");
        assertThat(get("/health", "X-Request-Id", "bad id with spaces").raw().headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }
}
