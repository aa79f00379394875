package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

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
}
