package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/** Teacher attestation over HTTP: once per school year at intake, and the list of teachers due. */
class AttestationApiTest extends ServerPerTest {

    private static final String ATTESTATION = """
            {"service": "803014", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600012",
             "documents": [{"code": "application"}], "personalDataConsent": true}""";


    @Test
    void onceASchoolYearThenDueFiveYearsAfterItWasIssued() {
        MutableClock clock = new MutableClock(2024, 9, 16, 10, 0);
        start(clock);
        String id = api.submit("clerk", "attestation-1", ATTESTATION).body().get("id").asText();
        assertThat(api.act("clerk", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");

        String again = api.submit("clerk", "attestation-2", ATTESTATION).body().get("id").asText();
        ApiServer.Answer refused = api.act("clerk", again, "accept", null);
        assertThat(refused.body().get("status").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(refused.body().at("/history/1/details/reasons/0/kind").asText()).isEqualTo("AlreadyThisSchoolYear");
        assertThat(refused.body().at("/history/1/details/reasons/0/earlier").asText()).isEqualTo(id);
        assertThat(refused.body().at("/history/1/details/reasons/0/schoolYearStart").asText()).isEqualTo("2024-09-01");

        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        api.act("teacher", id, "start-review", null);
        api.act("teacher", id, "approve", null);
        api.act("director", id, "ready", null);
        assertThat(api.act("clerk", id, "issue", null).body().get("status").asText()).isEqualTo("ISSUED");

        assertThat(api.as("clerk", "GET", "/attestations/due?on=2029-09-15", null).body().get("teachers")).isEmpty();
        ApiServer.Answer due = api.as("director", "GET", "/attestations/due?on=2029-09-16", null);
        assertThat(due.status()).isEqualTo(200);
        assertThat(due.body().get("on").asText()).isEqualTo("2029-09-16");
        assertThat(due.body().at("/teachers/0/iin").asText()).isEqualTo(ApiServer.APPLICANT_IIN);
        assertThat(due.body().at("/teachers/0/lastIssued").asText()).isEqualTo("2024-09-16");
        assertThat(due.body().at("/teachers/0/dueSince").asText()).isEqualTo("2029-09-16");
        assertThat(due.body().at("/teachers/0/request").asText()).isEqualTo(id);

        assertThat(api.as("clerk2", "GET", "/attestations/due?on=2029-09-16", null).body().get("teachers")).isEmpty();
        assertThat(api.as("aigerim", "GET", "/attestations/due?on=2029-09-16", null).body().get("teachers")).isEmpty();
        assertThat(api.call("GET", "/attestations/due", null).status()).isEqualTo(401);
        ApiServer.Answer badDay = api.as("clerk", "GET", "/attestations/due?on=2029-02-30", null);
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.body().at("/errors/0/field").asText()).isEqualTo("on");
    }

    @Test
    void theApplicantAndTheMonthlyReportAreToldTheRefusalWasForApplyingTwiceInOneSchoolYear() {
        start(new MutableClock(2024, 9, 16, 10, 0));
        String id = api.submit("clerk", "attestation-1", ATTESTATION).body().get("id").asText();
        api.act("clerk", id, "accept", null);
        String again = api.submit("clerk", "attestation-2", ATTESTATION).body().get("id").asText();
        assertThat(api.act("clerk", again, "accept", null).body().get("status").asText()).isEqualTo("INTAKE_REFUSED");

        ApiServer.Answer ru = api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "ru");
        String refusal = ru.body().findValues("text").stream().map(node -> node.asText())
                .filter(text -> text.contains("отказано в приеме")).findFirst().orElseThrow();
        assertThat(refusal).contains("один раз в учебном году").doesNotContain("доверенность");
        ApiServer.Answer kk = api.as("aigerim", "GET", "/notifications", null, "Accept-Language", "kk");
        assertThat(kk.body().findValues("text").stream().map(node -> node.asText())
                .filter(text -> text.contains("бас тартылды")).findFirst().orElseThrow())
                .contains("оқу жылында 1 рет").doesNotContain("сенімхат");

        ApiServer.Answer report = api.as("director", "GET", "/reports/monthly?provider=school-1&month=2024-09", null);
        assertThat(report.body().toString()).contains("ALREADY_THIS_SCHOOL_YEAR:attestation-once-per-school-year")
                .doesNotContain("POWER_OF_ATTORNEY_NOT_CONFIRMED");
    }

    private static String atTheStateCorporation(String filedAt) {
        return """
                {"service": "803014", "channel": "STATE_CORPORATION", "provider": "school-1", "applicantIin": "061211600012",
                 "documents": [{"code": "application"}], "personalDataConsent": true%s}""".formatted(filedAt);
    }

    @Test
    void atAStateCorporationOfficeAwayFromTheProviderTheTermIsSevenWorkingDays() {
        start(new MutableClock(2024, 9, 16, 10, 0));
        ApiServer.Answer away = api.submit("operator", "attestation-away", atTheStateCorporation(", \"filedAt\": \"AWAY_FROM_PROVIDER\""));
        assertThat(away.status()).as(away.response().body()).isEqualTo(201);
        assertThat(away.body().get("filedAt").asText()).isEqualTo("AWAY_FROM_PROVIDER");
        ApiServer.Answer acceptedAway = api.act("operator", away.body().get("id").asText(), "accept", null);
        assertThat(acceptedAway.body().get("status").asText()).as(acceptedAway.response().body()).isEqualTo("ACCEPTED");
        // accepted Monday 16 September; the day of acceptance is not counted: 7 working days end Wednesday 25th
        assertThat(acceptedAway.body().at("/deadline/dueAt").asText()).startsWith("2024-09-25T");
        assertThat(acceptedAway.body().at("/deadline/explanation").toString()).contains("7");
    }

    @Test
    void atAStateCorporationOfficeAtTheProvidersLocationTheTermStaysThreeWorkingDays() {
        assertThat(dueAtTheStateCorporation(", \"filedAt\": \"PROVIDER_LOCATION\"")).startsWith("2024-09-19T");
    }

    @Test
    void whereTheRequestDoesNotSayTheOfficeCountsAsAtTheProvidersLocation() {
        assertThat(dueAtTheStateCorporation("")).startsWith("2024-09-19T");
    }

    private String dueAtTheStateCorporation(String filedAt) {
        start(new MutableClock(2024, 9, 16, 10, 0));
        String id = api.submitted("operator", "attestation-here", atTheStateCorporation(filedAt));
        ApiServer.Answer accepted = api.act("operator", id, "accept", null);
        assertThat(accepted.body().get("status").asText()).as(accepted.response().body()).isEqualTo("ACCEPTED");
        return accepted.body().at("/deadline/dueAt").asText();
    }

    @Test
    void onlyARequestAtAStateCorporationOfficeSaysWhereTheOfficeLies() {
        start(new MutableClock(2024, 9, 16, 10, 0));
        ApiServer.Answer answer = api.submit("clerk", "attestation-office", ATTESTATION.replace("}\n", "}").replace(
                "\"personalDataConsent\": true}", "\"personalDataConsent\": true, \"filedAt\": \"AWAY_FROM_PROVIDER\"}"));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("filedAt");
        ApiServer.Answer unknown = api.submit("operator", "attestation-unknown", atTheStateCorporation(", \"filedAt\": \"MOON\""));
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void theReadmesExampleOfARequestFiledAwayFromTheProvider() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher body = Pattern.compile("-d '(\\{\"service\": \"803014\", \"channel\": \"STATE_CORPORATION\"[^']*)'").matcher(readme);
        assertThat(body.find()).as("the README submits a teacher attestation at the State Corporation").isTrue();
        Matcher shown = Pattern.compile("\n(\\{\"filedAt\":\"AWAY_FROM_PROVIDER\".*)\n").matcher(readme);
        assertThat(shown.find()).as("the README shows the accepted request").isTrue();

        start(new MutableClock(2024, 9, 16, 10, 0));
        String id = api.submitted("operator", "attestation-away-0001", body.group(1));
        JsonNode accepted = api.as("operator", "POST", "/requests/" + id + "/accept", null, "Accept-Language", "en").body();
        ObjectNode answer = new ObjectMapper().createObjectNode();
        answer.set("filedAt", accepted.get("filedAt"));
        answer.set("dueAt", accepted.at("/deadline/dueAt"));
        answer.set("term", accepted.at("/deadline/explanation/0"));
        assertThat(answer.toString()).isEqualTo(shown.group(1));
    }
}
