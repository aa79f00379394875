package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed, unauthorised and impossible requests against every route of the real server: broken
 * JSON, wrong types and unknown fields in every body, nulls for required fields, invalid IINs, unknown services,
 * channels and enum values, impossible dates, bad path and query parameters, bad or stale {@code If-Match},
 * bad {@code Idempotency-Key}, illegal transitions, missing or garbled {@code Authorization}, wrong media types,
 * oversized bodies, unknown routes and methods.
 *
 * <p>It proves that each is answered with its specific 4xx status as an RFC 9457 problem document
 * ({@code application/problem+json} with {@code type}, {@code title}, {@code status} equal to the HTTP status and
 * {@code detail}), that invalid fields are named in {@code errors}, that no answer is a 500 or shows a stack trace
 * or an internal class name, and — by a snapshot of every stored request taken before and after — that none of
 * them created, changed or lost anything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SUBMISSION = ApiServer.SUBMISSION;
    static final String STATE_CORPORATION_SUBMISSION = ApiServer.STATE_CORPORATION_SUBMISSION;
    static final String REPRESENTATIVE = "{\"iin\":\"960315300011\",\"powerOfAttorney\":\"POA-2025-17\"}";
    static final String PREVIEW = "{\"service\":\"803005\",\"channel\":\"PROVIDER_OFFICE\",\"receivedAt\":\"2025-03-17T10:00:00+05:00\"}";
    static final String ASSIGN = "{\"executor\":\"teacher\"}";
    static final String REFUSAL = "{\"grounds\":[\"false-documents\"],\"motivation\":\"the documents are forged\"}";

    static final String INVALID = "/problems/invalid-request";
    static final String MALFORMED = "/problems/malformed-body";
    static final String NOT_FOUND = "/problems/not-found";
    static final String UNKNOWN_SERVICE = "/problems/unknown-service";
    static final String CHANNEL_NOT_OFFERED = "/problems/channel-not-offered";
    static final String REQUEST_NOT_FOUND = "/problems/request-not-found";
    static final String UNAUTHENTICATED = "/problems/unauthenticated";
    static final String FORBIDDEN = "/problems/forbidden-action";
    static final String ILLEGAL_TRANSITION = "/problems/illegal-transition";
    static final String STALE = "/problems/stale-revision";
    static final String MEDIA_TYPE = "/problems/unsupported-media-type";
    static final String TOO_LARGE = "/problems/payload-too-large";
    static final String METHOD = "/problems/method-not-allowed";

    /** Below this many cases the corpus is too thin to mean anything. */
    static final int MINIMUM_CASES = 200;

    @TempDir
    static Path data;

    static ApiServer api;
    /** The requests set up before the corpus runs, by their placeholder in paths: {@code {submitted}}. */
    static final Map<String, String> ids = new HashMap<>();
    static Map<String, String> before;
    static final AtomicInteger ran = new AtomicInteger();

    @BeforeAll
    static void start() {
        // Monday 14 April 2025, 10:00 in Almaty: within the school's hours, 803005 in force
        api = ApiServer.start(data, Clock.fixed(Instant.parse("2025-04-14T05:00:00Z"), ZoneId.of("UTC")));
        ids.put("submitted", api.submitted("clerk", "setup-submitted", SUBMISSION));
        String accepted = api.submitted("clerk", "setup-accepted", SUBMISSION.replace("061211600012", "960315300011"));
        assertThat(api.act("clerk", accepted, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
        ids.put("accepted", accepted);
        ids.put("state-corporation", api.submitted("operator", "setup-state-corporation", STATE_CORPORATION_SUBMISSION));
        before = api.snapshot();
        assertThat(before).hasSize(3);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    @Order(1)
    void theCorpusHasAtLeast200DistinctlyNamedCasesOverEveryRouteAndAction() {
        List<Case> cases = corpus().toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
        assertThat(cases.stream().map(Case::name).distinct()).hasSameSizeAs(cases);
        assertThat(cases).allSatisfy(malformed -> assertThat(malformed.status()).isBetween(400, 499));
        for (String route : List.of("POST /health", "GET /services?", "GET /services/803005?", "GET /services/803005/requirements",
                "GET /calendar/", "POST /deadlines/preview", "POST /requests", "GET /requests?", "GET /requests/")) {
            String[] parts = route.split(" ");
            assertThat(cases).as(route).anyMatch(malformed -> malformed.method().equals(parts[0]) && malformed.path().startsWith(parts[1]));
        }
        for (String action : List.of("accept", "refuse-intake", "assign", "start-review", "approve", "refuse", "ready", "issue",
                "hand-over", "return-to-provider", "re-request", "withdraw")) {
            assertThat(cases).as(action).anyMatch(malformed -> malformed.method().equals("POST") && malformed.path().endsWith("}/" + action));
        }
    }

    @Order(2)
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("corpus")
    void eachMalformedRequestIsAProblemOfItsOwnStatus(Case malformed) {
        ran.incrementAndGet();
        ApiServer.Answer answer = malformed.send();
        String text = answer.response().body();
        assertThat(answer.status()).as("a client error, never a 500: %s", text).isBetween(400, 499);
        assertThat(answer.status()).as("status of %s, body %s", malformed, text).isEqualTo(malformed.status());
        assertThat(answer.contentType()).as("content type").startsWith("application/problem+json");
        JsonNode problem = answer.body();
        assertThat(problem).as("a JSON problem document").isNotNull();
        assertThat(problem.path("type").asText()).as("type in %s", text).isEqualTo(malformed.type());
        assertThat(problem.path("title").asText()).as("title").isNotBlank();
        assertThat(problem.path("status").isInt()).as("status is a number").isTrue();
        assertThat(problem.path("status").asInt()).as("status in the body").isEqualTo(answer.status());
        assertThat(problem.path("detail").asText()).as("detail").isNotBlank();
        assertThat(text).as("no stack trace or internal name").doesNotContain("Exception", "at kz.", "kz.qyzmet", "java.lang");
        if (malformed.field() != null) {
            assertThat(problem.path("errors").isArray()).as("errors in %s", text).isTrue();
            assertThat(problem.path("errors")).as("errors naming %s in %s", malformed.field(), text)
                    .anySatisfy(error -> assertThat(error.path("field").asText()).isEqualTo(malformed.field()));
            assertThat(problem.path("errors")).allSatisfy(error -> {
                assertThat(error.path("rule").asText()).isNotBlank();
                assertThat(error.path("message").asText()).isNotBlank();
            });
        }
        if (answer.status() == 401) {
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    @Order(3)
    void noMalformedRequestCreatedChangedOrLostAnything() {
        assertThat(ran.get()).as("every case ran before this check").isEqualTo(corpus().count());
        assertThat(api.snapshot()).isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The corpus

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        malformedJson(cases);
        submissionFields(cases);
        identityNumbers(cases);
        previewFields(cases);
        actionBodies(cases);
        pathParameters(cases);
        queryParameters(cases);
        referrals(cases);
        idempotencyKeys(cases);
        ifMatch(cases);
        transitions(cases);
        authorization(cases);
        mediaTypes(cases);
        oversized(cases);
        routesAndMethods(cases);
        return cases.stream();
    }

    private static void malformedJson(List<Case> cases) {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("truncated", "{\"service\": ");
        broken.put("unclosed object", "{\"service\":\"803005\"");
        broken.put("trailing comma", "{\"service\":\"803005\",}");
        broken.put("single quotes", "{'service':'803005'}");
        broken.put("unquoted names", "{service:\"803005\"}");
        broken.put("trailing garbage", SUBMISSION + " xyz");
        broken.put("two objects", SUBMISSION + " {}");
        broken.put("a comment", "{\"service\":\"803005\" /* why */}");
        broken.put("NaN", "{\"service\": NaN}");
        broken.put("a raw control character", "{\"service\":\"803\u0001005\"}");
        broken.put("an array instead of an object", "[" + SUBMISSION + "]");
        broken.put("an empty array", "[]");
        broken.put("a string", "\"803005\"");
        broken.put("a number", "42");
        broken.put("true", "true");
        broken.put("null", "null");
        broken.put("an empty body", "");
        broken.put("only whitespace", "  \n\t ");
        broken.put("huge array nesting", "[".repeat(20_000) + "]".repeat(20_000));
        broken.put("huge object nesting", "{\"a\":".repeat(6_000) + "1" + "}".repeat(6_000));
        broken.forEach((what, body) -> cases.add(submit("submit: " + what, body).expect(400, MALFORMED, rootField(body))));

        for (String what : List.of("truncated", "trailing garbage", "an array instead of an object", "null", "an empty body",
                "huge array nesting", "a number", "single quotes")) {
            String body = broken.get(what).replace(SUBMISSION, PREVIEW);
            cases.add(post("preview: " + what, "/deadlines/preview", body).expect(400, MALFORMED, rootField(body)));
        }
        for (String what : List.of("truncated", "trailing garbage", "an array instead of an object", "null", "an empty body", "a string")) {
            String body = broken.get(what).replace(SUBMISSION, ASSIGN);
            cases.add(post("assign: " + what, "/requests/{accepted}/assign", body).as("director").expect(400, MALFORMED, rootField(body)));
        }
        for (String what : List.of("truncated", "an array instead of an object", "null", "an empty body")) {
            String body = broken.get(what).replace(SUBMISSION, REFUSAL);
            cases.add(post("refuse: " + what, "/requests/{accepted}/refuse", body).as("director").expect(400, MALFORMED, rootField(body)));
        }
        for (String what : List.of("truncated", "an empty array", "null", "a string", "trailing garbage")) {
            String body = broken.get(what).replace(SUBMISSION, "{}");
            cases.add(post("accept: " + what, "/requests/{submitted}/accept", body).as("clerk").expect(400, MALFORMED, rootField(body)));
        }

        cases.add(submit("submit: a duplicated field", SUBMISSION.replace("{\"service\":\"803005\",", "{\"service\":\"999999\",\"service\":\"803005\","))
                .expect(400, MALFORMED, null));
        cases.add(post("preview: a duplicated field", "/deadlines/preview", PREVIEW.replace("}", ",\"channel\":\"MOBILE\"}"))
                .expect(400, MALFORMED, null));
        byte[] submission = SUBMISSION.getBytes(StandardCharsets.UTF_8);
        cases.add(submit("submit: invalid UTF-8 (0xFF) in a string", null).bytes(spliceAfter(submission, "\"service\":\"803", 0xFF))
                .expect(400, MALFORMED, "(body)"));
        cases.add(submit("submit: invalid UTF-8 (truncated sequence) in a string", null)
                .bytes(spliceAfter(submission, "\"provider\":\"school", 0xC3, 0x28)).expect(400, MALFORMED, "(body)"));
        cases.add(submit("submit: invalid UTF-8 (overlong slash)", null).bytes(spliceAfter(submission, "\"service\":\"803", 0xC0, 0xAF))
                .expect(400, MALFORMED, "(body)"));
        cases.add(post("preview: invalid UTF-8 (lone continuation byte)", "/deadlines/preview", null)
                .bytes(spliceAfter(PREVIEW.getBytes(StandardCharsets.UTF_8), "\"service\":\"803005", 0x80)).expect(400, MALFORMED, "(body)"));
        cases.add(post("refuse: invalid UTF-8 (five-byte sequence) in the motivation", "/requests/{accepted}/refuse", null).as("director")
                .bytes(spliceAfter(REFUSAL.getBytes(StandardCharsets.UTF_8), "\"motivation\":\"the", 0xF8, 0x88, 0x80, 0x80, 0x80))
                .expect(400, MALFORMED, "(body)"));
        cases.add(post("assign: invalid UTF-8 (an encoded surrogate) in the executor", "/requests/{accepted}/assign", null).as("director")
                .bytes(spliceAfter(ASSIGN.getBytes(StandardCharsets.UTF_8), "\"executor\":\"teach", 0xED, 0xA0, 0x80))
                .expect(400, MALFORMED, "(body)"));
    }

    /** The field a body that is not a JSON object is reported under, or null where it is not valid JSON at all. */
    private static String rootField(String body) {
        String trimmed = body.strip();
        return trimmed.startsWith("[") && trimmed.endsWith("]") || trimmed.equals("null") || trimmed.equals("42")
                || trimmed.equals("true") || trimmed.equals("\"803005\"") ? "(body)" : null;
    }

    private static void submissionFields(List<Case> cases) {
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        wrong.put("service", List.of("803005", "true", "{}", "[\"803005\"]", "8.03"));
        wrong.put("channel", List.of("1", "true", "{}", "[\"PROVIDER_OFFICE\"]", "\"provider_office\"", "\"FAX\"", "\"\""));
        wrong.put("provider", List.of("1", "false", "{\"id\":\"school-1\"}", "[]"));
        wrong.put("applicantIin", List.of("61211600012", "true", "{}", "[\"061211600012\"]"));
        wrong.put("representative", List.of("\"960315300011\"", "[]", "5", "true"));
        wrong.put("representative.iin", List.of("960315300011", "false", "{}"));
        wrong.put("representative.powerOfAttorney", List.of("17", "[]"));
        wrong.put("documents", List.of("{}", "\"application\"", "5", "true"));
        wrong.put("documents[0]", List.of("1", "\"application\"", "[]"));
        wrong.put("documents[0].code", List.of("5", "[]", "{}", "true"));
        wrong.put("documents[0].issuedOn", List.of("20250101", "true", "[2025,3,17]", "\"2025-02-30\"", "\"17.03.2025\"",
                "\"2025-03-17T10:00:00+05:00\""));
        wrong.put("personalDataConsent", List.of("\"true\"", "\"yes\"", "1", "{}", "[]", "\"\"", "\" \"", "\"\\u0000\""));
        // a signature travels in Qyzmet-Signature, never in the body: a body field of that name is an unknown field,
        // whatever its value, null included (on main a null body signature was an invalid-request)
        wrong.put("signature", List.of("5", "{}", "[]", "false", "null"));
        wrong.forEach((field, values) -> values.forEach(value -> cases.add(
                submit("submit: " + field + " = " + value, submission(field, value)).expect(400, MALFORMED, field))));

        for (String field : List.of("service", "channel", "provider", "applicantIin", "documents", "documents[0].code",
                "representative.iin", "representative.powerOfAttorney", "personalDataConsent", "representative",
                "documents[0].issuedOn")) {
            cases.add(submit("submit: " + field + " null", submission(field, "null")).expect(400, INVALID, field));
        }
        for (String field : List.of("service", "channel", "provider", "applicantIin", "documents")) {
            cases.add(submit("submit: " + field + " missing", submission(field, null)).expect(400, INVALID, field));
        }
        cases.add(submit("submit: a null document", submission("documents[0]", "null")).expect(400, INVALID, "documents[0]"));
        cases.add(submit("submit: an unknown field", submission("colour", "\"red\"")).expect(400, MALFORMED, "colour"));
        cases.add(submit("submit: a field in the wrong case", submission("Service", "\"803005\"")).expect(400, MALFORMED, "Service"));
        cases.add(submit("submit: an unknown field of the representative", submission("representative.name", "\"Aigerim\""))
                .expect(400, MALFORMED, "representative.name"));
        cases.add(submit("submit: an unknown field of a document", submission("documents[1].pages", "3"))
                .expect(400, MALFORMED, "documents[1].pages"));

        cases.add(submit("submit: unknown service", submission("service", "\"999999\"")).expect(404, UNKNOWN_SERVICE, null));
        cases.add(submit("submit: unknown service by id", submission("service", "\"no-such-service\"")).expect(404, UNKNOWN_SERVICE, null));
        cases.add(submit("submit: blank service", submission("service", "\"   \"")).expect(400, INVALID, "service"));
        cases.add(submit("submit: channel not offered", submission("channel", "\"MOBILE\"")).expect(404, CHANNEL_NOT_OFFERED, null));
        cases.add(submit("submit: provider not a provider id", submission("provider", "\"School 1\"")).expect(400, INVALID, "provider"));
        cases.add(submit("submit: provider over 64 characters", submission("provider", "\"" + "s".repeat(65) + "\""))
                .expect(400, INVALID, "provider"));
        cases.add(submit("submit: document code not a code", submission("documents[0].code", "\"Application Form\""))
                .expect(400, INVALID, "documents[0].code"));
        cases.add(submit("submit: power of attorney not a registry number", submission("representative.powerOfAttorney", "\"POA 17 !\""))
                .expect(400, INVALID, "representative.powerOfAttorney"));
        cases.add(submit("submit: 51 documents", submission("documents", "[" + String.join(",",
                java.util.Collections.nCopies(51, "{\"code\":\"application\"}")) + "]")).expect(400, INVALID, "documents"));
        cases.add(submit("submit: a signature in the body, not in Qyzmet-Signature", submission("signature", "\"c2ln\""))
                .expect(400, MALFORMED, "signature"));
        cases.add(submit("submit: the applicant as their own representative", submission("representative",
                REPRESENTATIVE.replace("960315300011", "061211600012"))).expect(400, INVALID, "representative.iin"));
        cases.add(submit("submit: to another school", submission("provider", "\"school-2\"")).expect(403, FORBIDDEN, null));
        cases.add(submit("submit: by the head, who does not hand in", SUBMISSION).as("director").expect(403, FORBIDDEN, null));
        cases.add(submit("submit: by the operator at the school's office", SUBMISSION).as("operator").expect(403, FORBIDDEN, null));
        for (String counter : List.of("PROVIDER_OFFICE", "STATE_CORPORATION")) {
            cases.add(submit("submit: by the applicant naming the counter channel " + counter + " without a signature",
                    submission("channel", "\"" + counter + "\"")).as("aigerim").expect(403, FORBIDDEN, null));
        }
    }

    private static void identityNumbers(List<Case> cases) {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("11 digits", "06121160001");
        invalid.put("13 digits", "0612116000123");
        invalid.put("a letter", "06121160001A");
        invalid.put("a bad check digit", "061211600013");
        invalid.put("digit 7 not a century", "061211900012");
        invalid.put("no such birth date", "061311600012");
        invalid.put("spaces", " 061211600012");
        invalid.put("full-width digits", "０６１２１１６０００１２");
        invalid.put("empty", "");
        invalid.forEach((what, iin) -> {
            cases.add(submit("submit: applicantIin with " + what, submission("applicantIin", "\"" + iin + "\""))
                    .expect(400, INVALID, "applicantIin"));
            if (!what.equals("empty") && !what.equals("13 digits")) {
                cases.add(submit("submit: representative.iin with " + what, submission("representative.iin", "\"" + iin + "\""))
                        .expect(400, INVALID, "representative.iin"));
            }
        });
    }

    private static void previewFields(List<Case> cases) {
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        wrong.put("service", List.of("803005", "[]", "{}"));
        wrong.put("channel", List.of("2", "\"FAX\"", "\"Provider_Office\"", "[]"));
        wrong.put("receivedAt", List.of("\"2025-03-17T10:00:00\"", "\"2025-02-30T10:00:00+05:00\"", "\"2025-03-17\"",
                "\"17.03.2025 10:00\"", "\"2025-03-17T25:00:00+05:00\"", "1742184000", "1742184000.5", "true", "[2025,3,17,10,0]", "{}"));
        wrong.forEach((field, values) -> values.forEach(value -> cases.add(
                post("preview: " + field + " = " + value, "/deadlines/preview", with(PREVIEW, field, value))
                        .expect(400, MALFORMED, field))));
        for (String field : List.of("service", "channel", "receivedAt")) {
            cases.add(post("preview: " + field + " null", "/deadlines/preview", with(PREVIEW, field, "null")).expect(400, INVALID, field));
            cases.add(post("preview: " + field + " missing", "/deadlines/preview", with(PREVIEW, field, null)).expect(400, INVALID, field));
        }
        cases.add(post("preview: an unknown field", "/deadlines/preview", with(PREVIEW, "chanel", "\"MOBILE\""))
                .expect(400, MALFORMED, "chanel"));
        cases.add(post("preview: unknown service", "/deadlines/preview", with(PREVIEW, "service", "\"999999\""))
                .expect(404, UNKNOWN_SERVICE, null));
        cases.add(post("preview: channel not offered", "/deadlines/preview", with(PREVIEW, "channel", "\"MOBILE\""))
                .expect(404, CHANNEL_NOT_OFFERED, null));
        cases.add(post("preview: received outside the calendar", "/deadlines/preview", with(PREVIEW, "receivedAt", "\"2036-03-17T10:00:00+05:00\""))
                .expect(422, "/problems/outside-calendar", null));
    }

    private static void actionBodies(List<Case> cases) {
        for (String value : List.of("5", "true", "[\"teacher\"]", "{}")) {
            cases.add(assign("executor = " + value, "executor", value).expect(400, MALFORMED, "executor"));
        }
        cases.add(assign("executor null", "executor", "null").expect(400, INVALID, "executor"));
        cases.add(assign("no executor", "executor", null).expect(400, INVALID, "executor"));
        cases.add(assign("executor not an account", "executor", "\"Mr Teacher!\"").expect(400, INVALID, "executor"));
        cases.add(assign("an unknown field", "deadline", "\"tomorrow\"").expect(400, MALFORMED, "deadline"));

        for (String value : List.of("\"false-documents\"", "5", "{}", "[5]", "[[\"false-documents\"]]", "[{}]")) {
            cases.add(refuse("grounds = " + value, "grounds", value).expect(400, MALFORMED, value.startsWith("[") ? "grounds[0]" : "grounds"));
        }
        for (String value : List.of("5", "[]", "{}", "false")) {
            cases.add(refuse("motivation = " + value, "motivation", value).expect(400, MALFORMED, "motivation"));
        }
        cases.add(refuse("grounds null", "grounds", "null").expect(400, INVALID, "grounds"));
        cases.add(refuse("no grounds", "grounds", "[]").expect(400, INVALID, "grounds"));
        cases.add(refuse("grounds missing", "grounds", null).expect(400, INVALID, "grounds"));
        cases.add(refuse("a null ground", "grounds", "[null]").expect(400, INVALID, "grounds[0]"));
        cases.add(refuse("a ground not a code", "grounds", "[\"False Documents\"]").expect(400, INVALID, "grounds[0]"));
        cases.add(refuse("motivation null", "motivation", "null").expect(400, INVALID, "motivation"));
        cases.add(refuse("blank motivation", "motivation", "\"  \"").expect(400, INVALID, "motivation"));
        cases.add(refuse("motivation over 4000 characters", "motivation", "\"" + "m".repeat(4001) + "\"").expect(400, INVALID, "motivation"));
        cases.add(refuse("an unknown field", "reason", "\"x\"").expect(400, MALFORMED, "reason"));

        String refuseIntake = "/requests/{submitted}/refuse-intake";
        cases.add(post("refuse-intake: no grounds", refuseIntake, with(REFUSAL, "grounds", "[]")).as("clerk").expect(400, INVALID, "grounds"));
        cases.add(post("refuse-intake: a ground the standard does not have", refuseIntake, with(REFUSAL, "grounds", "[\"no-such-ground\"]"))
                .as("clerk").expect(400, INVALID, "grounds"));
        cases.add(post("refuse-intake: motivation = 5", refuseIntake, with(REFUSAL, "motivation", "5")).as("clerk")
                .expect(400, MALFORMED, "motivation"));
        cases.add(post("accept: a body with a field", "/requests/{submitted}/accept", "{\"note\":\"ok\"}").as("clerk")
                .expect(400, MALFORMED, "note"));
        cases.add(post("start-review: a body with a field", "/requests/{accepted}/start-review", "{\"executor\":\"teacher\"}")
                .as("teacher").expect(400, MALFORMED, "executor"));
        cases.add(post("withdraw: a body with a field", "/requests/{submitted}/withdraw", "{\"reason\":\"changed my mind\"}")
                .as("aigerim").expect(400, MALFORMED, "reason"));
    }

    /** The head's assignment of the accepted request with one field of its body set to raw JSON (null: removed). */
    private static Case.Builder assign(String what, String field, String rawJson) {
        return post("assign: " + what, "/requests/{accepted}/assign", with(ASSIGN, field, rawJson)).as("director");
    }

    /** The head's refusal of the accepted request with one field of its body set to raw JSON (null: removed). */
    private static Case.Builder refuse(String what, String field, String rawJson) {
        return post("refuse: " + what, "/requests/{accepted}/refuse", with(REFUSAL, field, rawJson)).as("director");
    }

    private static void pathParameters(List<Case> cases) {
        for (String id : List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g", "{submitted}x", "%7Bsubmitted%7D")) {
            cases.add(call("show: id " + id, "GET", "/requests/" + id).as("portal").expect(400, INVALID, "id"));
        }
        cases.add(call("accept: id not a UUID", "POST", "/requests/not-a-uuid/accept").as("clerk").expect(400, INVALID, "id"));
        cases.add(call("show: no such request", "GET", "/requests/8d0c8a53-3f06-4c4e-9d2a-1c3b7b8b0f00").as("portal")
                .expect(404, REQUEST_NOT_FOUND, null));
        cases.add(call("accept: no such request", "POST", "/requests/8d0c8a53-3f06-4c4e-9d2a-1c3b7b8b0f00/accept").as("clerk")
                .expect(404, REQUEST_NOT_FOUND, null));
        for (String action : List.of("explode", "ACCEPT", "refuse_intake", "accept%20", "handover")) {
            cases.add(call("action " + action, "POST", "/requests/{submitted}/" + action).as("clerk").expect(404, "/problems/unknown-action", null));
        }
        cases.add(call("catalog: unknown service", "GET", "/services/no-such-service").expect(404, UNKNOWN_SERVICE, null));
        cases.add(call("catalog: unknown official code", "GET", "/services/999999").expect(404, UNKNOWN_SERVICE, null));
        cases.add(call("catalog: requirements of an unknown service", "GET", "/services/999999/requirements?channel=PROVIDER_OFFICE")
                .expect(404, UNKNOWN_SERVICE, null));
        for (String year : List.of("abcd", "20255", "-2025", "2025.5", "2O25", "202")) {
            cases.add(call("calendar: year " + year, "GET", "/calendar/" + year).expect(400, INVALID, "year"));
        }
        for (String year : List.of("0000", "1900", "2040", "9999")) {
            cases.add(call("calendar: year " + year + " outside the data", "GET", "/calendar/" + year)
                    .expect(422, "/problems/outside-calendar", null));
        }
    }

    private static void queryParameters(List<Case> cases) {
        for (String on : List.of("abc", "2025-02-30", "2025-13-01", "17.03.2025", "", "2025-3-1")) {
            cases.add(call("services: on=" + on, "GET", "/services?on=" + on).expect(400, INVALID, "on"));
            cases.add(call("service: on=" + on, "GET", "/services/803005?on=" + on).expect(400, INVALID, "on"));
        }
        cases.add(call("requirements: on=2025-02-30", "GET", "/services/803005/requirements?channel=PROVIDER_OFFICE&on=2025-02-30")
                .expect(400, INVALID, "on"));
        cases.add(call("service: a day before the first version", "GET", "/services/803005?on=1990-01-01")
                .expect(404, "/problems/no-version-in-force", null));
        cases.add(call("service: unknown version", "GET", "/services/803005?version=1999").expect(404, "/problems/unknown-version", null));
        cases.add(call("service: version not an id", "GET", "/services/803005?version=Bad%20Id").expect(400, INVALID, "version"));
        cases.add(call("service: empty version", "GET", "/services/803005?version=").expect(400, INVALID, "version"));
        for (String channel : List.of("", "FAX", "provider_office", "1")) {
            cases.add(call("requirements: channel=" + channel, "GET", "/services/803005/requirements?channel=" + channel)
                    .expect(400, INVALID, "channel"));
        }
        cases.add(call("requirements: no channel", "GET", "/services/803005/requirements").expect(400, INVALID, "channel"));
        cases.add(call("requirements: channel not offered", "GET", "/services/803005/requirements?channel=MOBILE")
                .expect(404, CHANNEL_NOT_OFFERED, null));
        cases.add(call("calendar: weekends=yes", "GET", "/calendar/2025?weekends=yes").expect(400, INVALID, "weekends"));

        Map<String, String> worklist = new LinkedHashMap<>();
        worklist.put("status=UNKNOWN", "status");
        worklist.put("status=SUBMITTED,NOPE", "status");
        worklist.put("status=", "status");
        worklist.put("overdue=maybe", "overdue");
        worklist.put("overdue=TRUE", "overdue");
        worklist.put("atRisk=1", "atRisk");
        worklist.put("page=0", "page");
        worklist.put("page=-1", "page");
        worklist.put("page=abc", "page");
        worklist.put("page=1.5", "page");
        worklist.put("page=9999999", "page");
        worklist.put("page=", "page");
        worklist.put("size=1000", "size");
        worklist.put("size=0", "size");
        worklist.put("size=201", "size");
        worklist.put("size=abc", "size");
        worklist.put("provider=School_1", "provider");
        worklist.put("provider=", "provider");
        worklist.put("provider=" + "s".repeat(65), "provider");
        worklist.forEach((query, field) -> cases.add(call("worklist: " + query, "GET", "/requests?" + query).as("portal")
                .expect(400, INVALID, field)));
        for (String report : List.of("/reports/monthly", "/reports/monthly.html")) {
            cases.add(call("report " + report + ": provider over 64 characters", "GET", report + "?provider=" + "s".repeat(65) + "&month=2025-03")
                    .as("portal").expect(400, INVALID, "provider"));
        }
        cases.add(call("worklist: clerk with size=1000", "GET", "/requests?size=1000").as("clerk").expect(400, INVALID, "size"));
    }

    private static void referrals(List<Case> cases) {
        String referrals = "/queues/preschool/referrals";
        String body = "{\"organisation\":\"Balapan kindergarten\",\"places\":2}";
        for (String places : List.of("1.5", "\"1\"", "\"\"", "true", "1e0", "[1]")) {
            cases.add(post("refer: places = " + places, referrals, with(body, "places", places)).as("clerk").expect(400, MALFORMED, "places"));
        }
        for (String field : List.of("places", "organisation")) {
            cases.add(post("refer: " + field + " null", referrals, with(body, field, "null")).as("clerk").expect(400, INVALID, field));
        }
    }

    private static void idempotencyKeys(List<Case> cases) {
        cases.add(call("submit: no Idempotency-Key", "POST", "/requests").as("clerk").json(SUBMISSION).expect(400, INVALID, "Idempotency-Key"));
        for (String key : List.of("short", "has spaces in it", "k".repeat(101), "key/with/slashes", "", "key=value;1")) {
            cases.add(call("submit: Idempotency-Key '" + (key.length() > 20 ? key.substring(0, 20) + "…" : key) + "'", "POST", "/requests")
                    .as("clerk").json(SUBMISSION).header("Idempotency-Key", key).expect(400, INVALID, "Idempotency-Key"));
        }
        cases.add(call("submit: a used Idempotency-Key with another body", "POST", "/requests").as("clerk")
                .json(SUBMISSION.replace("\"application\"},", "\"application\",\"issuedOn\":\"2025-01-10\"},"))
                .header("Idempotency-Key", "setup-submitted").expect(422, "/problems/idempotency-conflict", null));
    }

    private static void ifMatch(List<Case> cases) {
        for (String etag : List.of("2", "W/\"2\"", "\"abc\"", "\"0\"", "\"\"", "\"2\", \"3\"", "\"-1\"", "\"9999999999\"", "'2'")) {
            cases.add(post("assign: If-Match " + etag, "/requests/{accepted}/assign", ASSIGN).as("director").header("If-Match", etag)
                    .expect(400, INVALID, "If-Match"));
        }
        cases.add(post("assign: stale If-Match", "/requests/{accepted}/assign", ASSIGN).as("director").header("If-Match", "\"1\"")
                .expect(412, STALE, null));
        cases.add(post("assign: If-Match from the future", "/requests/{accepted}/assign", ASSIGN).as("director").header("If-Match", "\"99\"")
                .expect(412, STALE, null));
        cases.add(call("accept: stale If-Match", "POST", "/requests/{submitted}/accept").as("clerk").header("If-Match", "\"2\"")
                .expect(412, STALE, null));
        cases.add(post("refuse-intake: stale If-Match", "/requests/{submitted}/refuse-intake", REFUSAL).as("clerk").header("If-Match", "\"3\"")
                .expect(412, STALE, null));
        cases.add(call("withdraw: stale If-Match", "POST", "/requests/{submitted}/withdraw").as("aigerim").header("If-Match", "\"7\"")
                .expect(412, STALE, null));
    }

    private static void transitions(List<Case> cases) {
        Map<String, String> onSubmitted = new LinkedHashMap<>();
        onSubmitted.put("issue", "clerk");
        onSubmitted.put("approve", "director");
        onSubmitted.put("hand-over", "clerk");
        onSubmitted.put("start-review", "teacher");
        onSubmitted.put("ready", "director");
        onSubmitted.put("return-to-provider", "portal");
        onSubmitted.put("re-request", "operator");
        onSubmitted.forEach((action, user) -> cases.add(call(action + " on a SUBMITTED request", "POST",
                "/requests/{" + (user.equals("operator") ? "state-corporation" : "submitted") + "}/" + action).as(user)
                .expect(409, ILLEGAL_TRANSITION, null)));
        cases.add(post("assign on a SUBMITTED request", "/requests/{submitted}/assign", ASSIGN).as("director").expect(409, ILLEGAL_TRANSITION, null));
        cases.add(post("refuse on a SUBMITTED request", "/requests/{submitted}/refuse", REFUSAL).as("director").expect(409, ILLEGAL_TRANSITION, null));
        cases.add(call("accept on an ACCEPTED request", "POST", "/requests/{accepted}/accept").as("clerk").expect(409, ILLEGAL_TRANSITION, null));
        cases.add(call("issue on an ACCEPTED request", "POST", "/requests/{accepted}/issue").as("clerk").expect(409, ILLEGAL_TRANSITION, null));
        cases.add(call("start-review on an ACCEPTED request", "POST", "/requests/{accepted}/start-review").as("teacher")
                .expect(409, ILLEGAL_TRANSITION, null));
        cases.add(post("refuse on an ACCEPTED request", "/requests/{accepted}/refuse", REFUSAL).as("director").expect(409, ILLEGAL_TRANSITION, null));

        cases.add(call("accept by the applicant", "POST", "/requests/{submitted}/accept").as("aigerim").expect(403, FORBIDDEN, null));
        cases.add(call("withdraw by the clerk", "POST", "/requests/{submitted}/withdraw").as("clerk").expect(403, FORBIDDEN, null));
        cases.add(post("assign by the clerk", "/requests/{accepted}/assign", ASSIGN).as("clerk").expect(403, FORBIDDEN, null));
        cases.add(post("assign by the executor", "/requests/{accepted}/assign", ASSIGN).as("teacher").expect(403, FORBIDDEN, null));
        cases.add(call("accept by the head", "POST", "/requests/{submitted}/accept").as("director").expect(403, FORBIDDEN, null));
    }

    private static void authorization(List<Case> cases) {
        Map<String, String> garbled = new LinkedHashMap<>();
        garbled.put("Basic credentials", "Basic Y2xlcms6c2VjcmV0");
        garbled.put("the bare scheme", "Bearer");
        garbled.put("an unknown token", "Bearer not-a-token");
        garbled.put("a token without its scheme", "{token:clerk}");
        garbled.put("another scheme", "Token {token:clerk}");
        garbled.put("a token with a suffix", "Bearer {token:clerk}x");
        garbled.put("half a token", "Bearer {half-token:clerk}");
        garbled.put("two tokens", "Bearer {token:clerk} {token:portal}");
        for (String route : List.of("GET /requests", "GET /requests/{submitted}", "POST /requests/{submitted}/accept")) {
            String[] parts = route.split(" ");
            cases.add(call(route + " without Authorization", parts[0], parts[1]).expect(401, UNAUTHENTICATED, null));
            garbled.forEach((what, header) -> cases.add(call(route + " with " + what, parts[0], parts[1])
                    .header("Authorization", header).expect(401, UNAUTHENTICATED, null)));
        }
        cases.add(call("submit without Authorization", "POST", "/requests").json(SUBMISSION).header("Idempotency-Key", "corpus-unauthenticated")
                .expect(401, UNAUTHENTICATED, null));
        cases.add(call("submit with an unknown token", "POST", "/requests").json(SUBMISSION).header("Idempotency-Key", "corpus-unknown-token")
                .header("Authorization", "Bearer 0123456789abcdef").expect(401, UNAUTHENTICATED, null));
        cases.add(call("worklist with a bad query and no Authorization", "GET", "/requests?page=abc").expect(401, UNAUTHENTICATED, null));
        cases.add(call("an unknown request route without Authorization", "GET", "/requests/a/b/c").expect(401, UNAUTHENTICATED, null));
    }

    private static void mediaTypes(List<Case> cases) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("text/plain", SUBMISSION);
        types.put("application/xml", "<request><service>803005</service></request>");
        types.put("application/x-www-form-urlencoded", "service=803005&channel=PROVIDER_OFFICE");
        types.put("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"service\"\r\n\r\n803005\r\n--x--");
        types.put("application/jsonp", SUBMISSION);
        types.put("application/json-seq", SUBMISSION);
        types.put("text/json", SUBMISSION);
        types.forEach((type, body) -> cases.add(submit("submit as " + type, body).contentType(type).expect(415, MEDIA_TYPE, null)));
        cases.add(submit("submit without Content-Type", SUBMISSION).contentType(null).expect(415, MEDIA_TYPE, null));
        cases.add(post("preview as text/plain", "/deadlines/preview", PREVIEW).contentType("text/plain").expect(415, MEDIA_TYPE, null));
        cases.add(post("preview without Content-Type", "/deadlines/preview", PREVIEW).contentType(null).expect(415, MEDIA_TYPE, null));
        cases.add(post("assign as text/plain", "/requests/{accepted}/assign", ASSIGN).as("director").contentType("text/plain")
                .expect(415, MEDIA_TYPE, null));
        cases.add(post("assign without Content-Type", "/requests/{accepted}/assign", ASSIGN).as("director").contentType(null)
                .expect(415, MEDIA_TYPE, null));
        cases.add(post("refuse without Content-Type", "/requests/{accepted}/refuse", REFUSAL).as("director").contentType(null)
                .expect(415, MEDIA_TYPE, null));
        cases.add(post("accept with a body as text/plain", "/requests/{submitted}/accept", "{}").as("clerk").contentType("text/plain")
                .expect(415, MEDIA_TYPE, null));
    }

    private static void oversized(List<Case> cases) {
        String padding = "x".repeat(70_000);
        cases.add(submit("submit: a body over 64 KiB", submission("service", "\"" + padding + "\"")).expect(413, TOO_LARGE, null));
        cases.add(submit("submit: a body of 1 MiB", submission("service", "\"" + "y".repeat(1 << 20) + "\"")).expect(413, TOO_LARGE, null));
        cases.add(post("preview: a body over 64 KiB", "/deadlines/preview", with(PREVIEW, "service", "\"" + padding + "\""))
                .expect(413, TOO_LARGE, null));
        cases.add(post("assign: a body over 64 KiB", "/requests/{accepted}/assign", with(ASSIGN, "executor", "\"" + padding + "\""))
                .as("director").expect(413, TOO_LARGE, null));
        cases.add(post("accept: a body over 64 KiB", "/requests/{submitted}/accept", "{\"x\":\"" + padding + "\"}").as("clerk")
                .expect(413, TOO_LARGE, null));
        cases.add(post("refuse: a body over 64 KiB", "/requests/{accepted}/refuse", with(REFUSAL, "motivation", "\"" + padding + "\""))
                .as("director").expect(413, TOO_LARGE, null));
    }

    private static void routesAndMethods(List<Case> cases) {
        for (String path : List.of("/nowhere", "/services/803005/nowhere", "/Services", "/calendar", "/calendar/2025/extra",
                "/deadline/preview", "/health/deep")) {
            cases.add(call("GET " + path, "GET", path).expect(404, NOT_FOUND, null));
        }
        cases.add(call("GET an unknown request sub-route", "GET", "/requests/{submitted}/history/extra").as("portal").expect(404, NOT_FOUND, null));
        cases.add(call("POST an unknown route", "POST", "/nowhere").json("{}").expect(404, NOT_FOUND, null));
        Map<String, String> methods = new LinkedHashMap<>();
        methods.put("DELETE /services", "");
        methods.put("POST /services", "{}");
        methods.put("PUT /services/803005", "{}");
        methods.put("DELETE /calendar/2025", "");
        methods.put("POST /calendar/2025", "{}");
        methods.put("GET /deadlines/preview", "");
        methods.put("PUT /deadlines/preview", PREVIEW);
        methods.put("POST /health", "{}");
        methods.put("DELETE /health", "");
        methods.put("PUT /requests", SUBMISSION);
        methods.put("DELETE /requests/{submitted}", "");
        methods.put("PATCH /requests/{submitted}", "{\"status\":\"ISSUED\"}");
        methods.put("PUT /requests/{accepted}", "{\"status\":\"ISSUED\"}");
        methods.put("GET /requests/{submitted}/accept", "");
        methods.put("DELETE /requests/{submitted}/withdraw", "");
        methods.forEach((route, body) -> {
            String[] parts = route.split(" ");
            Case.Builder builder = call(route, parts[0], parts[1]);
            if (parts[1].startsWith("/requests")) {
                builder = builder.as("portal");
            }
            if (!body.isEmpty()) {
                builder = builder.json(body);
            }
            cases.add(builder.expect(405, METHOD, null));
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Building the cases

    /**
     * One malformed request and what it must be answered with.
     *
     * @param field the field {@code errors} must name, or null where no field applies
     */
    record Case(String name, String user, String method, String path, byte[] body, List<String> headers, int status, String type,
                String field) {

        @Override
        public String toString() {
            return name + " → " + status + (field == null ? "" : " " + field);
        }

        ApiServer.Answer send() {
            List<String> all = new ArrayList<>();
            if (user != null) {
                all.add("Authorization");
                all.add("Bearer " + api.token(user));
            }
            for (String header : headers) {
                all.add(resolve(header));
            }
            return api.send(method, resolve(path), body, all.toArray(String[]::new));
        }

        private static String resolve(String text) {
            Matcher matcher = Pattern.compile("\\{(token|half-token):([a-z0-9]+)}|\\{([a-z-]+)}").matcher(text);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                String value;
                if (matcher.group(1) != null) {
                    String token = api.token(matcher.group(2));
                    value = matcher.group(1).equals("token") ? token : token.substring(0, token.length() / 2);
                } else {
                    value = ids.get(matcher.group(3));
                    assertThat(value).as("request set up for {%s}", matcher.group(3)).isNotNull();
                }
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(resolved);
            return resolved.toString();
        }

        static final class Builder {
            private final String name;
            private final String method;
            private final String path;
            private String user;
            private byte[] body;
            private String contentType;
            private final List<String> headers = new ArrayList<>();

            Builder(String name, String method, String path) {
                this.name = name;
                this.method = method;
                this.path = path;
            }

            Builder as(String user) {
                this.user = user;
                return this;
            }

            Builder json(String json) {
                this.body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
                this.contentType = "application/json";
                return this;
            }

            Builder bytes(byte[] bytes) {
                this.body = bytes;
                return this;
            }

            Builder contentType(String type) {
                this.contentType = type;
                return this;
            }

            Builder header(String name, String value) {
                headers.add(name);
                headers.add(value);
                return this;
            }

            Case expect(int status, String type, String field) {
                List<String> all = new ArrayList<>(headers);
                if (contentType != null) {
                    all.add("Content-Type");
                    all.add(contentType);
                }
                return new Case(name, user, method, path, body, List.copyOf(all), status, type, field);
            }
        }
    }

    private static Case.Builder call(String name, String method, String path) {
        return new Case.Builder(name, method, path);
    }

    private static Case.Builder post(String name, String path, String json) {
        return call(name, "POST", path).json(json).contentType("application/json");
    }

    /** A submission by the clerk with a fresh idempotency key. */
    private static Case.Builder submit(String name, String json) {
        return post(name, "/requests", json).as("clerk").header("Idempotency-Key", "corpus-" + Integer.toHexString(name.hashCode()));
    }

    /** The valid submission with one field set to raw JSON (null: removed); a representative is added for its fields. */
    static String submission(String field, String rawJson) {
        String base = field.startsWith("representative.") ? with(SUBMISSION, "representative", REPRESENTATIVE) : SUBMISSION;
        return with(base, field, rawJson);
    }

    /** The body with the field ({@code a.b}, {@code a[0].b}) set to raw JSON, or removed when it is null. */
    static String with(String body, String field, String rawJson) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(body);
            JsonPointer pointer = JsonPointer.compile("/" + field.replace("[", "/").replace("]", "").replace('.', '/'));
            JsonNode parent = root.at(pointer.head());
            String last = pointer.last().getMatchingProperty();
            JsonNode value = rawJson == null ? null : JSON.readTree(rawJson);
            if (parent instanceof ObjectNode object) {
                if (value == null) {
                    object.remove(last);
                } else {
                    object.set(last, value);
                }
            } else if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), value == null ? JSON.nullNode() : value);
            } else {
                throw new IllegalArgumentException("no place for " + field + " in " + body);
            }
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(rawJson, e);
        }
    }

    /** The bytes with raw bytes inserted after the first occurrence of a marker. */
    private static byte[] spliceAfter(byte[] bytes, String marker, int... inserted) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf(marker) + marker.length();
        assertThat(at).isGreaterThanOrEqualTo(marker.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        for (int b : inserted) {
            out.write(b);
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
