package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Rules of particular services through the bundled server: a school's class capacity read from
 * {@code class-capacity.json} in the data directory, and the externat deadline of 1 December.
 */
class SchoolRulesApiTest extends ServerPerTest {

    private String admissionInReview(String iin) {
        String id = api.submit("clerk", "admission-" + iin, """
                {"service": "school-admission", "grade": 1, "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "%s",
                 "documents": [{"code": "application"}, {"code": "identity-document"}, {"code": "medical-certificates"},
                               {"code": "child-photo"}], "personalDataConsent": true}""".formatted(iin)).body().get("id").asText();
        assertThat(api.act("clerk", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        assertThat(api.act("teacher", id, "start-review", null).body().get("status").asText()).isEqualTo("IN_REVIEW");
        return id;
    }

    @Test
    void theClassCapacityOfTheDataDirectoryLimitsApprovals() throws Exception {
        Files.writeString(data.resolve(QyzmetServer.CLASS_CAPACITY_FILE), "{\"school-1\": {\"2025\": 1}}");
        start(new MutableClock(2025, 5, 5, 10, 0));
        String first = admissionInReview(ApiServer.APPLICANT_IIN);
        String second = admissionInReview(ApiServer.OTHER_IIN);

        assertThat(api.act("teacher", first, "approve", null).body().get("status").asText()).isEqualTo("APPROVED");
        ApiServer.Answer full = api.act("teacher", second, "approve", null, "Accept-Language", "en");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body().get("detail").asText()).contains("1 places of 2025 are taken").contains("class-overfilled");
        ApiServer.Answer refused = api.act("teacher", second, "refuse",
                "{\"grounds\": [\"class-overfilled\"], \"motivation\": \"the only first-grade place of 2025 is taken\"}");
        assertThat(refused.body().get("status").asText()).isEqualTo("REFUSED");
    }

    @Test
    void externatApplicationsAfterTheFirstOfDecemberAreRefusedAtIntake() {
        MutableClock clock = new MutableClock(2025, 12, 2, 11, 0);
        start(clock);
        String id = api.submit("operator", "externat-late-1", """
                {"service": "externat-permission", "channel": "STATE_CORPORATION", "provider": "almaty-education",
                 "applicantIin": "061211600012", "documents": [{"code": "application"}], "personalDataConsent": true}""")
                .body().get("id").asText();
        ApiServer.Answer refused = api.act("operator", id, "accept", null);
        assertThat(refused.body().get("status").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(refused.body().at("/history/1/details/reasons/0/kind").asText()).isEqualTo("WindowClosed");
        assertThat(refused.body().at("/history/1/details/reasons/0/day").asText()).isEqualTo("2025-12-02");
    }

    @Test
    void externatAtTheProviderOfficeIsRefusedNamingTheServiceAndTheChannel() {
        start(new MutableClock(2025, 11, 3, 11, 0));
        ApiServer.Answer answer = api.as("clerk", "POST", "/requests", """
                {"service": "externat-permission", "channel": "PROVIDER_OFFICE", "provider": "school-1",
                 "applicantIin": "061211600012", "documents": [{"code": "application"}], "personalDataConsent": true}""",
                "Idempotency-Key", "externat-office", "Accept-Language", "en");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("detail").asText()).isEqualTo("Service externat-permission is not offered via PROVIDER_OFFICE");
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("channel");
        assertThat(answer.body().at("/errors/0/rule").asText()).isEqualTo("offered");
    }
}
