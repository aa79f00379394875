package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.qyzmet.adapters.rest.RestApi;
import kz.qyzmet.adapters.rest.openapi.OpenApiRoutes;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.adapters.rest.problem.ProblemType;
import kz.qyzmet.adapters.rest.request.RequestRoutes;
import kz.qyzmet.adapters.rest.request.RequestUseCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document at {@code GET /openapi.json} describes the API the server really runs: the same
 * routes (read from Javalin's router), the same actions, and schemas that the real answers — successes and
 * problems — validate against (JSON Schema 2020-12 in the OpenAPI 3.1 dialect, formats asserted).
 */
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://qyzmet.kz/openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String SUBMISSION = "{\"service\":\"803005\",\"channel\":\"PROVIDER_OFFICE\",\"provider\":\"school-1\","
            + "\"applicantIin\":\"" + ApiServer.APPLICANT_IIN + "\",\"documents\":[{\"code\":\"application\"},{\"code\":\"identity-document\"}],"
            + "\"personalDataConsent\":true}";

    @TempDir
    static Path data;

    private static ApiServer api;
    private static JsonNode document;
    private static JsonSchemaFactory schemas;
    private static int keys;

    @BeforeAll
    static void start() throws IOException {
        // 2025-03-17 10:00 in Almaty: a Monday inside the intake hours and the calendar's data
        api = ApiServer.start(data, Clock.fixed(Instant.parse("2025-03-17T05:00:00Z"), ZoneId.of("UTC")));
        ApiServer.Answer served = api.call("GET", OpenApiRoutes.PATH, null);
        document = served.body();
        String text = served.response().body();
        // the document is read as a schema in the OpenAPI 3.1 dialect; its own top-level fields are no keywords
        List<NonValidationKeyword> topLevel = new ArrayList<>();
        document.fieldNames().forEachRemaining(name -> topLevel.add(new NonValidationKeyword(name)));
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance()).keywords(topLevel).build();
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theDocumentIsServedAsJsonAndIsTheShippedResource() throws IOException {
        ApiServer.Answer answer = api.call("GET", OpenApiRoutes.PATH, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        try (InputStream resource = OpenApiRoutes.class.getClassLoader().getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            assertThat(resource).isNotNull();
            assertThat(answer.body()).isEqualTo(JSON.readTree(resource));
        }
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.path("jsonSchemaDialect").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(document.at("/info/title").asText()).isEqualTo("Qyzmet");
        assertThat(document.at("/info/version").asText()).isEqualTo("0.1.0");
        assertThat(document.at("/info/description").asText()).isNotBlank();
        assertMatchesDocument("GET", "/openapi.json", answer);
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedOperationIsRegistered() {
        List<String> registered = api.server().routes();
        assertThat(registered).contains("GET /health", "GET /openapi.json", "POST /requests/{id}/{action}");
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void theDocumentedActionsAreExactlyTheActionsOfTheRoutes() {
        JsonNode action = null;
        for (JsonNode parameter : operation("POST", "/requests/{id}/{action}").path("parameters")) {
            if (parameter.path("name").asText().equals("action") && parameter.path("in").asText().equals("path")) {
                action = resolve(parameter.path("schema"));
            }
        }
        assertThat(action).as("the action path parameter").isNotNull();
        List<String> documented = new ArrayList<>();
        action.path("enum").forEach(value -> documented.add(value.asText()));
        // the routes know their actions without calling a use case
        RequestRoutes routes = new RequestRoutes(new RequestUseCases(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                new JsonBodies(RestApi.objectMapper()), ZoneId.of("Asia/Almaty"));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes.actions()).hasSize(12);
    }

    @Test
    void theDocumentedProblemTypesAreExactlyThoseTheApiAnswersWith() {
        List<String> documented = new ArrayList<>();
        document.at("/components/schemas/Problem/properties/type/enum").forEach(value -> documented.add(value.asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
    }

    @Test
    void theRequestRoutesNeedTheBearerTokenAndTheOthersDoNot() {
        assertThat(document.at("/components/securitySchemes/bearerAuth/type").asText()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        document.path("paths").fields().forEachRemaining(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> {
                    JsonNode operation = path.getValue().path(method);
                    boolean bearer = operation.path("security").findValues("bearerAuth").size() == 1;
                    boolean underRequests = path.getKey().equals("/requests") || path.getKey().startsWith("/requests/")
                            || path.getKey().startsWith("/attestations/") || path.getKey().startsWith("/admissions/")
                            || path.getKey().startsWith("/reports/") || path.getKey().startsWith("/queues/")
                            || path.getKey().equals("/notifications") || path.getKey().equals("/one-time-passwords");
                    assertThat(bearer).as(method + " " + path.getKey() + " needs the bearer token").isEqualTo(underRequests);
                    assertThat(operation.path("responses").has("401")).as(method + " " + path.getKey() + " documents 401")
                            .isEqualTo(underRequests);
                }));
        assertThat(document.has("security")).as("no security applies to every route").isFalse();
    }

    @Test
    void catalogCalendarAndDeadlineAnswersMatchTheDocument() {
        assertMatchesDocument("GET", "/health", api.call("GET", "/health", null));
        assertMatchesDocument("GET", "/services", api.call("GET", "/services", null));
        assertMatchesDocument("GET", "/services", api.call("GET", "/services?on=1990-01-01", null, "Accept-Language", "en"));
        assertMatchesDocument("GET", "/services/{service}", api.call("GET", "/services/803005", null));
        assertMatchesDocument("GET", "/services/{service}", api.call("GET", "/services/803005?version=000-annex-4", null,
                "Accept-Language", "kk"));
        assertMatchesDocument("GET", "/services/{service}", api.call("GET", "/services/school-transfer", null));
        assertMatchesDocument("GET", "/services/{service}/requirements",
                api.call("GET", "/services/803005/requirements?channel=STATE_CORPORATION", null));
        assertMatchesDocument("GET", "/services/{service}/requirements",
                api.call("GET", "/services/803005/requirements?channel=EGOV_PORTAL", null, "Accept-Language", "en"));
        assertMatchesDocument("GET", "/calendar/{year}", api.call("GET", "/calendar/2025", null));
        assertMatchesDocument("GET", "/calendar/{year}", api.call("GET", "/calendar/2025?weekends=true", null));
        assertMatchesDocument("POST", "/deadlines/preview", preview("803005", "PROVIDER_OFFICE", "2025-03-17T10:00:00+05:00"));
        assertMatchesDocument("POST", "/deadlines/preview", preview("externat-permission", "EGOV_PORTAL", "2026-01-30T19:45:00+05:00"));
    }

    @Test
    void catalogCalendarAndDeadlineProblemsMatchTheDocument() {
        assertMatchesDocument("GET", "/services", expect(400, api.call("GET", "/services?on=tomorrow", null)));
        assertMatchesDocument("GET", "/services/{service}", expect(404, api.call("GET", "/services/999999", null)));
        assertMatchesDocument("GET", "/services/{service}", expect(404, api.call("GET", "/services/803005?version=nope", null)));
        assertMatchesDocument("GET", "/services/{service}/requirements", expect(400, api.call("GET", "/services/803005/requirements", null)));
        assertMatchesDocument("GET", "/services/{service}/requirements",
                expect(404, api.call("GET", "/services/803005/requirements?channel=MOBILE", null)));
        assertMatchesDocument("GET", "/calendar/{year}", expect(400, api.call("GET", "/calendar/20x5", null)));
        assertMatchesDocument("GET", "/calendar/{year}", expect(422, api.call("GET", "/calendar/2040", null)));
        assertMatchesDocument("POST", "/deadlines/preview", expect(400, api.call("POST", "/deadlines/preview",
                "{\"service\":\"803005\",\"chanel\":\"PROVIDER_OFFICE\"}", "Content-Type", "application/json")));
        assertMatchesDocument("POST", "/deadlines/preview", expect(404, preview("999999", "PROVIDER_OFFICE", "2025-03-17T10:00:00+05:00")));
        assertMatchesDocument("POST", "/deadlines/preview", expect(415, api.call("POST", "/deadlines/preview", "service=803005",
                "Content-Type", "text/plain")));
        assertMatchesDocument("POST", "/deadlines/preview", expect(200, preview("school-transfer", "PROVIDER_OFFICE", "2025-03-17T10:00:00+05:00")));
        assertMatchesDocument("POST", "/deadlines/preview", expect(413, api.call("POST", "/deadlines/preview",
                "{\"service\":\"" + "x".repeat((int) RestApi.MAX_BODY_BYTES) + "\"}", "Content-Type", "application/json")));
    }

    @Test
    void requestAnswersMatchTheDocument() {
        ApiServer.Answer submitted = expect(201, api.submit("clerk", key(), SUBMISSION));
        assertMatchesDocument("POST", "/requests", submitted);
        assertThat(submitted.header("Location")).isEqualTo("/requests/" + submitted.body().get("id").asText());
        String id = submitted.body().get("id").asText();
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(200, api.act("clerk", id, "accept", null)));
        assertMatchesDocument("GET", "/requests/{id}", expect(200, api.as("clerk", "GET", "/requests/" + id, null)));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(200, api.act("director", id, "assign",
                "{\"executor\":\"teacher\"}", "If-Match", "\"2\"")));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(200, api.act("teacher", id, "start-review", "{}")));
        assertMatchesDocument("GET", "/requests", expect(200, api.as("clerk", "GET", "/requests", null)));
        assertMatchesDocument("GET", "/attestations/due", expect(200, api.as("clerk", "GET", "/attestations/due?on=2030-01-10", null)));
        assertMatchesDocument("GET", "/admissions/notification-order", expect(200, api.as("clerk", "GET",
                "/admissions/notification-order", null)));
        assertMatchesDocument("GET", "/requests", expect(200, api.as("aigerim", "GET", "/requests?status=IN_REVIEW,accepted&size=1", null,
                "Accept-Language", "en")));

        String refused = expect(201, api.submit("clerk", key(), SUBMISSION.replace("identity-document", "education-document-original")))
                .body().get("id").asText();
        ApiServer.Answer refusal = expect(200, api.act("clerk", refused, "refuse-intake",
                "{\"grounds\":[\"incomplete-package\"],\"motivation\":\"the identity document is missing\"}"));
        assertMatchesDocument("POST", "/requests/{id}/{action}", refusal);
        assertThat(refusal.body().at("/history/1/details/reasons")).isNotEmpty();

        ApiServer.Answer cabinet = expect(200, api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "kk"));
        assertMatchesDocument("GET", "/notifications", cabinet);
        assertThat(cabinet.body().get("notifications")).as("the receipt and the refusal").hasSizeGreaterThanOrEqualTo(2);
        assertMatchesDocument("GET", "/notifications", expect(200, api.as("clerk", "GET", "/notifications", null)));
        assertMatchesDocument("GET", "/notifications", expect(401, api.call("GET", "/notifications", null)));
    }

    @Test
    void requestProblemsMatchTheDocument() {
        String id = expect(201, api.submit("clerk", key(), SUBMISSION)).body().get("id").asText();
        expect(200, api.act("clerk", id, "accept", null));

        assertMatchesDocument("GET", "/requests", expect(401, api.call("GET", "/requests", null)));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(401, api.call("POST", "/requests/" + id + "/accept", null,
                "Authorization", "Bearer not-a-token")));
        assertMatchesDocument("GET", "/requests/{id}", expect(404, api.as("clerk", "GET", "/requests/" + java.util.UUID.randomUUID(), null)));
        assertMatchesDocument("GET", "/requests/{id}", expect(400, api.as("clerk", "GET", "/requests/42", null)));
        assertMatchesDocument("POST", "/requests", expect(400, api.submit("clerk", key(), "{\"service\":")));
        assertMatchesDocument("POST", "/requests", expect(400, api.as("clerk", "POST", "/requests", SUBMISSION)));
        assertMatchesDocument("POST", "/requests", expect(403, api.submit("teacher", key(), SUBMISSION)));
        assertMatchesDocument("POST", "/requests", expect(415, api.call("POST", "/requests", SUBMISSION,
                "Authorization", "Bearer " + api.token("clerk"), "Idempotency-Key", key(), "Content-Type", "text/plain")));
        String reused = key();
        expect(201, api.submit("clerk", reused, SUBMISSION));
        assertMatchesDocument("POST", "/requests", expect(422, api.submit("clerk", reused, SUBMISSION.replace("true", "false"))));
        assertMatchesDocument("GET", "/requests", expect(400, api.as("clerk", "GET", "/requests?size=500", null)));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(409, api.act("clerk", id, "accept", null)));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(412, api.act("clerk", id, "withdraw", null, "If-Match", "\"1\"")));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(404, api.act("clerk", id, "teleport", null)));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(403, api.act("aigerim", id, "assign", "{\"executor\":\"teacher\"}")));
        assertMatchesDocument("POST", "/requests/{id}/{action}", expect(400, api.act("director", id, "assign", "{\"executor\":7,\"x\":1}")));
    }

    @Test
    void electronicSubmissionAnswersAndProblemsMatchTheDocument() {
        String portal = ElectronicSubmissionApiTest.PORTAL_DUPLICATE;
        assertMatchesDocument("POST", "/requests", expect(201, api.submitSigned("aigerim", key(), portal, ApiServer.APPLICANT_IIN)));
        String other = portal.replace("true}", "true }");
        String signature = ApiServer.signature(ApiServer.signer(ApiServer.APPLICANT_IIN), other);
        assertMatchesDocument("POST", "/requests", expect(422, api.submit("aigerim", key(), other.replace("true", "false"),
                "Qyzmet-Signature", signature)));
        assertMatchesDocument("POST", "/requests", expect(201, api.submit("aigerim", key(), other, "Qyzmet-Signature", signature)));
        assertMatchesDocument("POST", "/requests", expect(422, api.submit("aigerim", key(), other, "Qyzmet-Signature", signature)));
        assertMatchesDocument("POST", "/requests", expect(422, api.submit("aigerim", key(), portal, "Qyzmet-One-Time-Password", "123456")));
        assertMatchesDocument("POST", "/requests", expect(403, api.submitSigned("aigerim", key(),
                portal.replace("EGOV_PORTAL", "PROVIDER_OFFICE"), ApiServer.APPLICANT_IIN)));

        assertMatchesDocument("POST", "/one-time-passwords", expect(422, api.as("nurlan", "POST", "/one-time-passwords", null)));
        api.mobileCitizens().register(kz.qyzmet.domain.request.Iin.of(ApiServer.OTHER_IIN), "+77019876543");
        for (int i = 0; i < 5; i++) {
            assertMatchesDocument("POST", "/one-time-passwords", expect(201, api.as("nurlan", "POST", "/one-time-passwords", "{}")));
        }
        assertMatchesDocument("POST", "/one-time-passwords", expect(429, api.as("nurlan", "POST", "/one-time-passwords", null)));
        assertMatchesDocument("POST", "/one-time-passwords", expect(403, api.as("clerk", "POST", "/one-time-passwords", null)));
        assertMatchesDocument("POST", "/one-time-passwords", expect(400, api.as("mobile", "POST", "/one-time-passwords", "{\"iin\": 7}")));
        assertMatchesDocument("POST", "/one-time-passwords", expect(401, api.call("POST", "/one-time-passwords", null)));
    }

    @Test
    void reportAnswersAndProblemsMatchTheDocument() {
        String id = expect(201, api.submit("clerk", key(), SUBMISSION)).body().get("id").asText();
        expect(200, api.act("clerk", id, "accept", null));
        String visits = "/requests/" + id + "/counter-visits";
        assertMatchesDocument("POST", "/requests/{id}/counter-visits", expect(201, api.as("clerk", "POST", visits,
                "{\"ticketTakenAt\":\"2025-03-17T09:30:00+05:00\",\"calledAt\":\"2025-03-17T09:50:00+05:00\",\"servedAt\":\"2025-03-17T10:00:00+05:00\"}")));
        assertMatchesDocument("POST", "/requests/{id}/counter-visits", expect(400, api.as("clerk", "POST", visits,
                "{\"ticketTakenAt\":\"2025-03-17T09:30:00+05:00\",\"calledAt\":\"2025-03-17T09:20:00+05:00\",\"servedAt\":\"2025-03-17T10:00:00+05:00\"}")));
        assertMatchesDocument("POST", "/requests/{id}/counter-visits", expect(403, api.as("director", "POST", visits,
                "{\"ticketTakenAt\":\"2025-03-17T09:30:00+05:00\",\"calledAt\":\"2025-03-17T09:50:00+05:00\",\"servedAt\":\"2025-03-17T10:00:00+05:00\"}")));
        ApiServer.Answer report = expect(200, api.as("director", "GET", "/reports/monthly?provider=school-1&month=2025-03", null));
        assertMatchesDocument("GET", "/reports/monthly", report);
        assertThat(report.body().path("lines")).isNotEmpty();
        assertMatchesDocument("GET", "/reports/monthly", expect(200, api.as("portal", "GET", "/reports/monthly?provider=school-2&month=2025-02", null)));
        assertMatchesDocument("GET", "/reports/monthly", expect(404, api.as("clerk2", "GET", "/reports/monthly?provider=school-1&month=2025-03", null)));
        assertMatchesDocument("GET", "/reports/monthly", expect(400, api.as("clerk", "GET", "/reports/monthly?provider=school-1&month=2025-3", null)));
        assertMatchesDocument("GET", "/reports/monthly", expect(401, api.call("GET", "/reports/monthly?provider=school-1&month=2025-03", null)));
        assertMatchesDocument("GET", "/reports/monthly.html", expect(404, api.as("aigerim", "GET", "/reports/monthly.html?provider=school-1&month=2025-03", null)));
        assertMatchesDocument("GET", "/reports/monthly.html", expect(400, api.as("clerk", "GET", "/reports/monthly.html?month=2025-03", null)));
        ApiServer.Answer page = expect(200, api.as("clerk", "GET", "/reports/monthly.html?provider=school-1&month=2025-03", null));
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Language")).isEqualTo("ru");
    }

    @Test
    void theValidationRejectsAnswersThatBreakTheSchemas() {
        ApiServer.Answer submitted = expect(201, api.submit("clerk", key(), SUBMISSION));
        assertThat(violations("#/components/schemas/Request", submitted.body())).isEmpty();

        ObjectNode revisionAsText = submitted.body().deepCopy();
        revisionAsText.set("revision", new TextNode("1"));
        assertThat(violations("#/components/schemas/Request", revisionAsText)).isNotEmpty()
                .anySatisfy(message -> assertThat(message.getInstanceLocation().toString()).contains("revision"));

        ObjectNode unknownField = submitted.body().deepCopy();
        unknownField.put("color", "red");
        assertThat(violations("#/components/schemas/Request", unknownField)).isNotEmpty();

        ObjectNode badDate = submitted.body().deepCopy();
        ((ObjectNode) badDate.at("/history/0")).put("at", "17.03.2025 10:00");
        assertThat(violations("#/components/schemas/Request", badDate)).isNotEmpty();

        ObjectNode unknownAction = submitted.body().deepCopy();
        unknownAction.withArray("allowedActions").add("teleport");
        assertThat(violations("#/components/schemas/Request", unknownAction)).isNotEmpty();

        ObjectNode problemWithoutType = api.call("GET", "/requests", null).body().deepCopy();
        assertThat(violations("#/components/schemas/Problem", problemWithoutType)).isEmpty();
        problemWithoutType.remove("type");
        assertThat(violations("#/components/schemas/Problem", problemWithoutType)).isNotEmpty();

        ObjectNode knownAndUnknown = JSON.createObjectNode();
        knownAndUnknown.put("unknown", "not stated").putObject("value").put("minutes", 15);
        assertThat(violations("#/components/schemas/MinutesFact", knownAndUnknown)).as("a fact is known or unknown, not both").isNotEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static ApiServer.Answer preview(String service, String channel, String receivedAt) {
        return api.call("POST", "/deadlines/preview", "{\"service\":\"" + service + "\",\"channel\":\"" + channel
                + "\",\"receivedAt\":\"" + receivedAt + "\"}", "Content-Type", "application/json");
    }

    private static synchronized String key() {
        return "openapi-test-" + (++keys);
    }

    private static ApiServer.Answer expect(int status, ApiServer.Answer answer) {
        assertThat(answer.status()).as("status of %s", answer.response().uri()).withFailMessage(
                "expected %s from %s %s, was %s: %s", status, answer.response().request().method(), answer.response().uri(),
                answer.status(), answer.response().body()).isEqualTo(status);
        return answer;
    }

    private static JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.isObject()).as("%s %s is documented", method, path).isTrue();
        return operation;
    }

    /**
     * Asserts that the answer is one the document gives for the operation: its status is documented, its
     * content type is documented for that status, its body validates against the schema given there, and
     * every header the document says is always sent is there.
     */
    private static void assertMatchesDocument(String method, String path, ApiServer.Answer answer) {
        String what = method + " " + path + " → " + answer.status();
        JsonNode response = resolve(operation(method, path).path("responses").path(String.valueOf(answer.status())));
        assertThat(response.isObject()).as("%s is documented; body %s", what, answer.response().body()).isTrue();
        String mediaType = answer.contentType() == null ? "" : answer.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content").path(mediaType);
        assertThat(content.isObject()).as("%s with content type %s is documented", what, mediaType).isTrue();
        String schema = content.path("schema").path("$ref").asText();
        assertThat(schema).as("%s names its schema among the components", what).startsWith("#/components/schemas/");
        assertThat(answer.body()).as("%s has a JSON body", what).isNotNull();
        assertThat(violations(schema, answer.body())).as("%s validates against %s; body %s", what, schema, answer.response().body())
                .isEmpty();
        response.path("headers").fields().forEachRemaining(header -> {
            if (resolve(header.getValue()).path("required").asBoolean()) {
                assertThat(answer.header(header.getKey())).as("%s has the header %s", what, header.getKey()).isNotNull();
            }
        });
    }

    /** The violations of the schema at the reference ({@code #/components/schemas/...}) in the served document. */
    private static Set<ValidationMessage> violations(String reference, JsonNode body) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return new HashSet<>(schemas.getSchema(SchemaLocation.of(BASE + reference), config).validate(body));
    }

    /** The node, or the node a local {@code $ref} names. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
