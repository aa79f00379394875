package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The order of school admission notifications over HTTP. This server's data directory has no
 * {@code territories.json}, so every applicant's territory is UNKNOWN and the order is the order of registration
 * ({@link RegistriesApiTest} has the order with real territories).
 */
class AdmissionApiTest extends ServerPerTest {


    @Test
    void theSchoolsStaffSeeTheirApplicantsInOrderAndNobodyElseDoes() {
        MutableClock clock = new MutableClock(2025, 5, 5, 9, 0);
        start(clock);
        List<String> ids = new ArrayList<>();
        for (String iin : List.of(ApiServer.OTHER_IIN, ApiServer.APPLICANT_IIN)) {
            clock.set(2025, 5, 5, 9, 10 * (ids.size() + 1));
            String id = api.submit("clerk", "admission-" + iin, """
                    {"service": "school-admission", "grade": 1, "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "%s",
                     "documents": [{"code": "application"}, {"code": "identity-document"}, {"code": "medical-certificates"},
                                   {"code": "child-photo"}], "personalDataConsent": true}""".formatted(iin)).body().get("id").asText();
            assertThat(api.act("clerk", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
            ids.add(id);
        }

        ApiServer.Answer order = api.as("director", "GET", "/admissions/notification-order?year=2025", null);
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.body().get("year").asInt()).isEqualTo(2025);
        JsonNode applicants = order.body().get("applicants");
        assertThat(applicants).extracting(applicant -> applicant.get("request").asText()).containsExactlyElementsOf(ids);
        assertThat(applicants).extracting(applicant -> applicant.get("territory").asText()).containsOnly("UNKNOWN");
        assertThat(applicants.get(0).get("registeredAt").asText()).isEqualTo("2025-05-05T09:10:00+05:00");
        assertThat(api.as("clerk", "GET", "/admissions/notification-order", null).body().get("applicants")).hasSize(2);

        assertThat(api.as("clerk2", "GET", "/admissions/notification-order?year=2025", null).body().get("applicants")).isEmpty();
        assertThat(api.as("aigerim", "GET", "/admissions/notification-order?year=2025", null).body().get("applicants")).isEmpty();
        assertThat(api.call("GET", "/admissions/notification-order", null).status()).isEqualTo(401);
        ApiServer.Answer badYear = api.as("clerk", "GET", "/admissions/notification-order?year=twenty", null);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body().at("/errors/0/field").asText()).isEqualTo("year");
        assertThat(api.as("clerk", "GET", "/admissions/notification-order?year=1999", null).status()).isEqualTo(400);
    }
}
