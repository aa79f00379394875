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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tenancy through the real server: a request of school-1, handed in by its clerk for the applicant aigerim, is
 * "not found" (404, {@code /problems/request-not-found}) to everybody outside it — the other applicant nurlan,
 * the clerk and the head of school-2, the State Corporation operator (it was not made through the State
 * Corporation) — on every route: showing it, each of the twelve actions, and the worklists with and without
 * {@code provider=}. Such a 404 says no more than the 404 of a request that does not exist, and leaves the request
 * unchanged. Its applicant, school-1's staff and the portal do see it; the operator sees a request made through
 * the State Corporation. A role that may not take an action on a request it sees gets 403
 * ({@code /problems/forbidden-action}) naming nothing of other tenants, while on another tenant's request the same
 * action is 404, so that a 403 never tells that a request exists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenancyTest {

    static final String SUBMISSION = ApiServer.SUBMISSION;
    static final String NOT_FOUND = "/problems/request-not-found";
    static final String FORBIDDEN = "/problems/forbidden-action";
    /** An id no request has. */
    static final String NO_SUCH_REQUEST = "3f2b8c1e-9a47-4d2e-b6f1-0c5d7e8a9b10";

    /** Every action of the lifecycle with a well-formed body, so that only tenancy can refuse it. */
    static final Map<String, String> ACTIONS = actions();

    /** Who is outside school-1's request of aigerim made at the school's office. */
    static final List<String> OUTSIDERS = List.of("nurlan", "clerk2", "director2", "operator");

    @TempDir
    static Path data;

    static ApiServer api;
    /** school-1's request for aigerim, at the school's office: SUBMITTED. */
    static String submitted;
    /** school-1's request for aigerim, at the school's office: ACCEPTED. */
    static String accepted;
    /** school-1's request for aigerim, made through the State Corporation: SUBMITTED. */
    static String stateCorporation;
    /** school-2's request for nurlan, at that school's office: SUBMITTED. */
    static String otherSchool;
    static Map<String, String> before;

    @BeforeAll
    static void start() {
        api = ApiServer.start(data, Clock.fixed(Instant.parse("2025-04-14T05:00:00Z"), ZoneId.of("UTC")));
        submitted = api.submitted("clerk", "tenancy-submitted", SUBMISSION);
        accepted = api.submitted("clerk", "tenancy-accepted", SUBMISSION);
        assertThat(api.act("clerk", accepted, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
        stateCorporation = api.submitted("operator", "tenancy-state-corporation", ApiServer.STATE_CORPORATION_SUBMISSION);
        otherSchool = api.submitted("clerk2", "tenancy-other-school", SUBMISSION.replace("school-1", "school-2")
                .replace(ApiServer.APPLICANT_IIN, ApiServer.OTHER_IIN));
        before = api.snapshot();
        assertThat(before).hasSize(4);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static Map<String, String> actions() {
        Map<String, String> actions = new LinkedHashMap<>();
        actions.put("accept", null);
        actions.put("refuse-intake", "{\"grounds\":[\"false-documents\"],\"motivation\":\"the documents are forged\"}");
        actions.put("assign", "{\"executor\":\"teacher\"}");
        actions.put("start-review", null);
        actions.put("approve", null);
        actions.put("refuse", "{\"grounds\":[\"false-documents\"],\"motivation\":\"the documents are forged\"}");
        actions.put("ready", null);
        actions.put("issue", null);
        actions.put("hand-over", null);
        actions.put("return-to-provider", null);
        actions.put("re-request", null);
        actions.put("withdraw", null);
        return actions;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Outsiders: 404 everywhere, nothing changed

    static Stream<Arguments> outsidersAndActions() {
        List<Arguments> arguments = new ArrayList<>();
        for (String user : OUTSIDERS) {
            for (String action : ACTIONS.keySet()) {
                arguments.add(Arguments.of(user, action, "submitted"));
                arguments.add(Arguments.of(user, action, "accepted"));
            }
        }
        return arguments.stream();
    }

    @Order(1)
    @Test
    void everyActionOfTheLifecycleIsTried() {
        assertThat(ACTIONS).hasSize(12);
        assertThat(outsidersAndActions()).hasSize(OUTSIDERS.size() * 12 * 2);
    }

    @Order(2)
    @ParameterizedTest(name = "{0} POST {1} on school-1''s {2} request → 404")
    @MethodSource("outsidersAndActions")
    void anOutsiderActingOnTheRequestFindsNoSuchRequestAndChangesNothing(String user, String action, String which) {
        String id = id(which);
        String etag = etagForTheClerk(id);

        ApiServer.Answer answer = api.act(user, id, action, ACTIONS.get(action));

        assertNotFound(answer, id);
        assertThat(answer.body()).as("the same problem as for a request that does not exist")
                .isEqualTo(withoutId(api.act(user, NO_SUCH_REQUEST, action, ACTIONS.get(action)).body(), NO_SUCH_REQUEST, id));
        assertThat(etagForTheClerk(id)).as("revision as the clerk reads it").isEqualTo(etag);
    }

    @Order(2)
    @ParameterizedTest(name = "{0} GET school-1''s request → 404")
    @MethodSource("outsiders")
    void anOutsiderReadingTheRequestFindsNoSuchRequest(String user) {
        for (String id : List.of(submitted, accepted)) {
            ApiServer.Answer answer = api.as(user, "GET", "/requests/" + id, null);
            assertNotFound(answer, id);
            assertThat(answer.header("ETag")).as("no revision given away").isNull();
            assertThat(answer.body()).isEqualTo(withoutId(api.as(user, "GET", "/requests/" + NO_SUCH_REQUEST, null).body(), NO_SUCH_REQUEST, id));
        }
    }

    static Stream<String> outsiders() {
        return OUTSIDERS.stream();
    }

    @Order(2)
    @ParameterizedTest(name = "{0}''s worklist has none of school-1''s requests made at the school")
    @MethodSource("outsiders")
    void anOutsidersWorklistsDoNotListTheRequest(String user) {
        for (String query : List.of("", "?provider=school-1", "?provider=school-1&status=SUBMITTED,ACCEPTED", "?status=SUBMITTED",
                "?provider=school-2")) {
            assertThat(worklist(user, query)).as("%s GET /requests%s", user, query).doesNotContain(submitted, accepted);
        }
    }

    @Order(2)
    @Test
    void theOtherSchoolsStaffSeeTheirOwnRequestButNotSchoolOnes() {
        assertThat(worklist("clerk2", "")).containsExactly(otherSchool);
        assertThat(worklist("director2", "?provider=school-2")).containsExactly(otherSchool);
        assertThat(worklist("clerk2", "?provider=school-1")).isEmpty();
        assertThat(worklist("director2", "?provider=school-1")).isEmpty();
        assertThat(api.as("clerk2", "GET", "/requests/" + otherSchool, null).status()).isEqualTo(200);
        assertThat(api.as("clerk2", "GET", "/requests/" + stateCorporation, null).status()).as("school-1's State Corporation request")
                .isEqualTo(404);
    }

    @Order(2)
    @ParameterizedTest(name = "{0} finds no request of school-2")
    @ValueSource(strings = {"aigerim", "clerk", "director", "teacher"})
    void schoolOneAndItsApplicantDoNotSeeSchoolTwosRequest(String user) {
        assertNotFound(api.as(user, "GET", "/requests/" + otherSchool, null), otherSchool);
        assertNotFound(api.act(user, otherSchool, "accept", null), otherSchool);
        assertNotFound(api.act(user, otherSchool, "withdraw", null), otherSchool);
        assertThat(worklist(user, "")).doesNotContain(otherSchool);
        assertThat(worklist(user, "?provider=school-2")).doesNotContain(otherSchool);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Insiders see it

    @Order(2)
    @ParameterizedTest(name = "{0} sees school-1''s request of aigerim")
    @ValueSource(strings = {"aigerim", "clerk", "director", "teacher", "portal"})
    void theApplicantTheSchoolsStaffAndThePortalSeeTheRequest(String user) {
        for (String id : List.of(submitted, accepted)) {
            ApiServer.Answer answer = api.as(user, "GET", "/requests/" + id, null);
            assertThat(answer.status()).as("%s GET %s", user, id).isEqualTo(200);
            assertThat(answer.body().get("id").asText()).isEqualTo(id);
            assertThat(answer.body().get("provider").asText()).isEqualTo("school-1");
        }
    }

    @Order(2)
    @ParameterizedTest(name = "{0}''s worklist lists school-1''s requests of aigerim")
    @ValueSource(strings = {"aigerim", "clerk", "director", "portal"})
    void theApplicantTheSchoolsIntakeAndHeadAndThePortalListTheRequest(String user) {
        assertThat(worklist(user, "")).contains(submitted, accepted);
        assertThat(worklist(user, "?provider=school-1")).contains(submitted, accepted);
        assertThat(worklist(user, "?status=SUBMITTED")).contains(submitted).doesNotContain(accepted);
    }

    @Order(2)
    @Test
    void theExecutorListsOnlyWhatTheHeadGaveThem() {
        assertThat(worklist("teacher", "")).as("nothing is assigned yet").isEmpty();
    }

    @Order(2)
    @Test
    void theOperatorSeesARequestMadeThroughTheStateCorporation() {
        ApiServer.Answer shown = api.as("operator", "GET", "/requests/" + stateCorporation, null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("channel").asText()).isEqualTo("STATE_CORPORATION");
        assertThat(worklist("operator", "")).containsExactly(stateCorporation);
        assertThat(worklist("operator", "?provider=school-1")).containsExactly(stateCorporation);
        for (String user : List.of("aigerim", "clerk", "director", "portal")) {
            assertThat(api.as(user, "GET", "/requests/" + stateCorporation, null).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("nurlan", "clerk2", "director2")) {
            assertNotFound(api.as(user, "GET", "/requests/" + stateCorporation, null), stateCorporation);
            assertThat(worklist(user, "")).as(user).doesNotContain(stateCorporation);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Roles: 403 on what one sees, 404 on what one does not

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("aigerim", "accept", "submitted"),
                Arguments.of("aigerim", "assign", "accepted"),
                Arguments.of("clerk", "withdraw", "submitted"),
                Arguments.of("clerk", "assign", "accepted"),
                Arguments.of("teacher", "accept", "submitted"),
                Arguments.of("director", "withdraw", "accepted"));
    }

    @Order(2)
    @ParameterizedTest(name = "{0} POST {1} on their {2} request → 403")
    @MethodSource("forbidden")
    void aRoleThatMayNotTakeAnActionIsForbiddenAndToldNothingOfOtherTenants(String user, String action, String which) {
        String id = id(which);
        String etag = etagForTheClerk(id);

        ApiServer.Answer answer = api.act(user, id, action, ACTIONS.get(action));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asText()).isEqualTo(FORBIDDEN);
        assertThat(answer.body().get("status").asInt()).isEqualTo(403);
        assertThat(answer.response().body()).as("nothing of other tenants")
                .doesNotContain(otherSchool, stateCorporation, "school-2", ApiServer.OTHER_IIN, "nurlan", "clerk2", "director2");
        assertThat(answer.response().body()).as("nor of the applicant's personal data").doesNotContain(ApiServer.APPLICANT_IIN);
        assertThat(etagForTheClerk(id)).as("unchanged").isEqualTo(etag);
    }

    @Order(2)
    @Test
    void anActionARoleMayNeverTakeIsStill404OnAnotherTenantsRequest() {
        // nurlan may never accept, but on aigerim's request he must not learn that much: it does not exist for him
        assertNotFound(api.act("nurlan", submitted, "accept", null), submitted);
        assertNotFound(api.act("nurlan", accepted, "assign", ACTIONS.get("assign")), accepted);
        assertNotFound(api.act("clerk2", submitted, "withdraw", null), submitted);
        assertNotFound(api.act("aigerim", otherSchool, "accept", null), otherSchool);
        assertThat(api.act("aigerim", submitted, "accept", null).status()).as("on her own request the same call is 403").isEqualTo(403);
    }

    @Order(3)
    @Test
    void noRequestChangedAndNoneAppeared() {
        assertThat(api.snapshot()).isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String id(String which) {
        return which.equals("submitted") ? submitted : accepted;
    }

    /** The request's revision as school-1's clerk reads it. */
    private static String etagForTheClerk(String id) {
        ApiServer.Answer answer = api.as("clerk", "GET", "/requests/" + id, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.header("ETag");
    }

    private static void assertNotFound(ApiServer.Answer answer, String id) {
        String text = answer.response().body();
        assertThat(answer.status()).as(text).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asText()).isEqualTo(NOT_FOUND);
        assertThat(answer.body().get("status").asInt()).isEqualTo(404);
        assertThat(answer.body().get("detail").asText()).contains(id);
        assertThat(text).as("nothing of the request but its id")
                .doesNotContain(ApiServer.APPLICANT_IIN, ApiServer.OTHER_IIN, "SUBMITTED", "ACCEPTED", "803005", "education-document",
                        "school-1", "school-2");
    }

    /** The problem of a call about one id, as it would read about another: so that two 404s can be compared. */
    private static JsonNode withoutId(JsonNode problem, String id, String instead) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(problem.toString().replace(id, instead));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the worklist of a user, all of one page of 200. */
    private static List<String> worklist(String user, String query) {
        ApiServer.Answer answer = api.as(user, "GET", "/requests" + (query.isEmpty() ? "?size=200" : query + "&size=200"), null);
        assertThat(answer.status()).as("%s GET /requests%s: %s", user, query, answer.response().body()).isEqualTo(200);
        assertThat(answer.body().get("more").asBoolean()).isFalse();
        return StreamSupport.stream(answer.body().get("requests").spliterator(), false).map(request -> request.get("id").asText()).toList();
    }
}
