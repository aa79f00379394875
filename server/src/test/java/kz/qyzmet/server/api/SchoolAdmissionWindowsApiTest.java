package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * School admission (403003): each intake window applies to its own grades and version only, and a request says the
 * grade applied for. Under the 2024 plan (004 plan row 5 item 3) first grade is taken 1 April – 1 August and tenth
 * grade until 15 August, and the plan gives no window for the other grades; under the 2015 regulation (003 regulation
 * 1 para 11) the window 1 June – 30 August is for first grade only. Through the REST API of the bundled server.
 */
class SchoolAdmissionWindowsApiTest extends ServerPerTest {

    private static final String FULL_PACKAGE = """
            [{"code": "application"}, {"code": "identity-document"}, {"code": "medical-certificates"}, {"code": "child-photo"}]""";

    private int keys;

    private ApiServer.Answer submit(String gradeMember) {
        return api.submit("clerk", "admission-window-" + (++keys), """
                {"service": "school-admission", %s"channel": "PROVIDER_OFFICE", "provider": "school-1",
                 "applicantIin": "061211600012", "documents": %s, "personalDataConsent": true}""".formatted(gradeMember, FULL_PACKAGE),
                "Accept-Language", "en");
    }

    /** An application for the grade, submitted and taken to intake on the clock's day. */
    private JsonNode atIntake(int grade) {
        ApiServer.Answer submitted = submit("\"grade\": " + grade + ", ");
        assertThat(submitted.status()).as(submitted.response().body()).isEqualTo(201);
        return api.act("clerk", submitted.body().get("id").asText(), "accept", null, "Accept-Language", "en").body();
    }

    /** The windows a refusal at intake names as closed, by label. */
    private static List<String> closedWindows(JsonNode refused) {
        assertThat(refused.get("status").asText()).as(refused.toString()).isEqualTo("INTAKE_REFUSED");
        JsonNode reason = refused.at("/history/1/details/reasons/0");
        assertThat(reason.get("kind").asText()).isEqualTo("WindowClosed");
        List<String> labels = new ArrayList<>();
        reason.get("windows").forEach(window -> labels.add(window.asText()));
        return labels;
    }

    @Test
    void underThe2024PlanAFirstGradeApplicationAfterTheFirstOfAugustIsRefusedThoughTheTenthGradeWindowIsOpen() {
        start(new MutableClock(2025, 8, 11, 10, 0));
        List<String> closed = closedWindows(atIntake(1));
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0)).as("only the first-grade window is named").doesNotContain("10");

        assertThat(atIntake(10).get("status").asText()).as("tenth grade: until 15 August").isEqualTo("ACCEPTED");
        assertThat(atIntake(5).get("status").asText()).as("the plan gives fifth grade no window").isEqualTo("ACCEPTED");
    }

    @Test
    void underThe2024PlanAfterTheFifteenthOfAugustTenthGradeIsRefusedAndGradesWithoutAWindowAreStillTaken() {
        start(new MutableClock(2025, 8, 18, 10, 0));
        assertThat(closedWindows(atIntake(10))).hasSize(1);
        assertThat(closedWindows(atIntake(1))).hasSize(1);
        assertThat(atIntake(7).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(atIntake(11).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void underThe2024PlanAFirstGradeApplicationInsideItsWindowIsTakenWhateverTheTenthGradeWindowSays() {
        start(new MutableClock(2025, 4, 7, 10, 0));
        JsonNode accepted = atIntake(1);
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("standardVersion").asText()).isEqualTo("004-plan");
    }

    @Test
    void underThe2015RegulationTheFirstGradeWindowRefusesFirstGradeOnlyAndOtherGradesAreTaken() {
        start(new MutableClock(2019, 9, 10, 10, 0));
        JsonNode fifth = atIntake(5);
        assertThat(fifth.get("status").asText()).as(fifth.toString()).isEqualTo("ACCEPTED");
        assertThat(fifth.get("standardVersion").asText()).isEqualTo("003-regulation-1");
        assertThat(closedWindows(atIntake(1))).hasSize(1);
    }

    @Test
    void underThe2015RegulationFirstGradeIsTakenFromTheFirstOfJune() {
        MutableClock clock = new MutableClock(2019, 5, 31, 10, 0);
        start(clock);
        assertThat(closedWindows(atIntake(1))).hasSize(1);
        assertThat(atIntake(2).get("status").asText()).isEqualTo("ACCEPTED");
        clock.set(2019, 6, 3, 10, 0);
        assertThat(atIntake(1).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void theGradeIsStoredAndReadBack() {
        start(new MutableClock(2025, 8, 11, 10, 0));
        String id = atIntake(10).get("id").asText();
        JsonNode read = api.as("clerk", "GET", "/requests/" + id, null).body();
        assertThat(read.get("grade").asInt()).isEqualTo(10);
        assertThat(read.get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aSchoolAdmissionWithoutAGradeIsRefusedNamingTheField() {
        start(new MutableClock(2025, 5, 5, 10, 0));
        ApiServer.Answer answer = submit("");
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("grade");
        assertThat(answer.body().at("/errors/0/message").asText()).contains("required").contains("intake windows depend on the grade");
    }

    @Test
    void aGradeOutsideOneToElevenIsRefusedNamingTheFieldAndTheRule() {
        start(new MutableClock(2025, 5, 5, 10, 0));
        for (String bad : List.of("0", "12", "-1")) {
            ApiServer.Answer answer = submit("\"grade\": " + bad + ", ");
            assertThat(answer.status()).as(bad + ": " + answer.response().body()).isEqualTo(400);
            assertThat(answer.body().at("/errors/0/field").asText()).as(bad).isEqualTo("grade");
            assertThat(answer.body().at("/errors/0/message").asText()).as(bad).isEqualTo("must be a school grade from 1 to 11");
        }
        ApiServer.Answer words = submit("\"grade\": \"first\", ");
        assertThat(words.status()).as(words.response().body()).isEqualTo(400);
        assertThat(words.response().body()).contains("grade");
    }

    @Test
    void aGradeForAServiceThatTakesApplicationsWithoutOneIsRefused() {
        start(new MutableClock(2025, 11, 3, 11, 0));
        ApiServer.Answer answer = api.submit("operator", "externat-grade", """
                {"service": "externat-permission", "grade": 9, "channel": "STATE_CORPORATION", "provider": "almaty-education",
                 "applicantIin": "061211600012", "documents": [{"code": "application"}], "personalDataConsent": true}""",
                "Accept-Language", "en");
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("grade");
        assertThat(answer.body().at("/errors/0/rule").asText()).isEqualTo("applicable");
        assertThat(answer.body().at("/errors/0/message").asText()).contains("externat-permission takes applications without a grade");
    }

    @Test
    void theCatalogNamesTheGradesOfEachWindowWithItsSource() {
        start(new MutableClock(2025, 5, 5, 10, 0));
        JsonNode plan = api.call("GET", "/services/school-admission?on=2025-05-05", null).body().at("/version/intakeWindows/value");
        assertThat(plan.get(0).get("code").asText()).isEqualTo("first-grade");
        assertThat(plan.get(0).get("grades").toString()).isEqualTo("[1]");
        assertThat(plan.get(0).at("/source/quote").asText()).contains("1 сыныптар");
        assertThat(plan.get(1).get("code").asText()).isEqualTo("tenth-grade");
        assertThat(plan.get(1).get("grades").toString()).isEqualTo("[10]");
        assertThat(plan.get(1).at("/source/quote").asText()).contains("10 сыныптар");
        JsonNode regulation = api.call("GET", "/services/school-admission?on=2019-09-10", null).body().at("/version/intakeWindows/value");
        assertThat(regulation).hasSize(1);
        assertThat(regulation.get(0).get("grades").toString()).isEqualTo("[1]");
        assertThat(regulation.get(0).at("/source/quote").asText()).contains("бiрiншi сыныпқа");
        JsonNode externat = api.call("GET", "/services/externat-permission?on=2025-11-03", null).body().at("/version/intakeWindows/value");
        assertThat(externat.get(0).has("grades")).as("a window for every application names no grades").isFalse();
    }

    @Test
    void theReadmesExampleOfTheWindowsPerGrade() throws Exception {
        Matcher body = ReadmeText.find("-d '(\\{\"service\": \"school-admission\", \"grade\": )'\\$GRADE'([^']*)'",
                "submits a school admission per grade");
        Matcher shown = ReadmeText.find("\n(\\{\"grade\":1,.*)\n(\\{\"grade\":10,.*)\n", "shows both answers");

        start(new MutableClock(2025, 8, 11, 10, 0));
        assertThat(ReadmeText.acceptEach(api, "clerk", "admission-grade-", body, List.of("1", "10"), (accepted, line) -> {
            line.set("grade", accepted.get("grade"));
            line.set("status", accepted.get("status"));
            var kinds = line.putArray("refusedFor");
            accepted.at("/history/1/details/reasons").forEach(reason -> kinds.add(reason.get("kind")));
        })).containsExactly(shown.group(1), shown.group(2));
    }
}
