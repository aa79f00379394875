package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Camp vouchers at the State Corporation: its ordinary departments keep Monday to Friday 9:00-18:00, its duty
 * departments Monday to Friday 9:00-20:00 and Saturday 9:00-13:00 (000 annex 5 field 7 item 2). A request says which
 * kind of office took it ({@code officeKind}), and it is accepted in that office's hours. Through the REST API.
 */
class StateCorporationDutyOfficeApiTest extends ServerPerTest {

    private static final String CAMP_VOUCHER = """
            {"service": "camp-voucher", "channel": "%s", "provider": "school-1", "applicantIin": "061211600012",
             "documents": [{"code": "application"}, {"code": "identity-document"}, {"code": "camp-medical-certificate", "issuedOn": "2025-05-10"},
                           {"code": "status-guardianship-decision", "issuedOn": "2025-05-10"}],
             "personalDataConsent": true%s}""";

    private int keys;

    private JsonNode accepted(String officeKind) {
        String member = officeKind == null ? "" : ", \"officeKind\": \"" + officeKind + "\"";
        ApiServer.Answer submitted = api.submit("operator", "camp-duty-" + (++keys), CAMP_VOUCHER.formatted("STATE_CORPORATION", member));
        assertThat(submitted.status()).as(submitted.response().body()).isEqualTo(201);
        JsonNode accepted = api.act("operator", submitted.body().get("id").asText(), "accept", null, "Accept-Language", "en").body();
        assertThat(accepted.get("status").asText()).as(accepted.toString()).isEqualTo("ACCEPTED");
        return accepted;
    }

    @Test
    void onSaturdayAtTenADutyDepartmentAcceptsThatSaturdayAndAnOrdinaryOneOnMonday() {
        start(new MutableClock(2025, 5, 17, 10, 0));
        JsonNode duty = accepted("DUTY");
        assertThat(duty.at("/deadline/acceptedAt").asText()).startsWith("2025-05-17T10:00");
        assertThat(duty.get("officeKind").asText()).isEqualTo("DUTY");
        assertThat(duty.at("/deadline/dueAt").asText()).as("5 working days from the Saturday").startsWith("2025-05-23T");

        JsonNode ordinary = accepted("ORDINARY");
        assertThat(ordinary.at("/deadline/acceptedAt").asText()).startsWith("2025-05-19T09:00");
        JsonNode unstated = accepted(null);
        assertThat(unstated.at("/deadline/acceptedAt").asText()).as("not stated: an ordinary department").startsWith("2025-05-19T09:00");
        assertThat(unstated.has("officeKind")).isFalse();
    }

    @Test
    void onSaturdayAfterOneADutyDepartmentHasClosedToo() {
        start(new MutableClock(2025, 5, 17, 13, 30));
        assertThat(accepted("DUTY").at("/deadline/acceptedAt").asText()).startsWith("2025-05-19T09:00");
    }

    @Test
    void onAWeekdayEveningADutyDepartmentIsOpenUntilEightAndAnOrdinaryOneClosedAtSix() {
        start(new MutableClock(2025, 5, 16, 19, 0));
        assertThat(accepted("DUTY").at("/deadline/acceptedAt").asText()).startsWith("2025-05-16T19:00");
        assertThat(accepted("ORDINARY").at("/deadline/acceptedAt").asText()).startsWith("2025-05-19T09:00");
    }

    @Test
    void theOfficeKindReadsBackFromTheStore() {
        start(new MutableClock(2025, 5, 17, 10, 0));
        String id = accepted("DUTY").get("id").asText();
        JsonNode read = api.as("operator", "GET", "/requests/" + id, null).body();
        assertThat(read.get("officeKind").asText()).isEqualTo("DUTY");
        assertThat(read.at("/deadline/acceptedAt").asText()).startsWith("2025-05-17T10:00");
    }

    @Test
    void onlyARequestAtTheStateCorporationSaysWhichKindOfOfficeTookIt() {
        start(new MutableClock(2025, 5, 16, 10, 0));
        ApiServer.Answer answer = api.submit("clerk", "camp-duty-office", CAMP_VOUCHER.formatted("PROVIDER_OFFICE", ", \"officeKind\": \"DUTY\""),
                "Accept-Language", "en");
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("officeKind");
        assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("is only given with channel STATE_CORPORATION");
        ApiServer.Answer unknown = api.submit("operator", "camp-duty-unknown", CAMP_VOUCHER.formatted("STATE_CORPORATION", ", \"officeKind\": \"NIGHT\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.response().body()).contains("officeKind");
    }

    @Test
    void theCatalogMarksTheDutyDepartmentsSchedule() {
        start(new MutableClock(2025, 5, 16, 10, 0));
        JsonNode schedules = api.call("GET", "/services/camp-voucher?on=2025-05-16", null).body().at("/version/schedules/STATE_CORPORATION/value");
        assertThat(schedules).hasSize(2);
        assertThat(schedules.get(0).has("dutyOffices")).isFalse();
        assertThat(schedules.get(1).get("dutyOffices").asBoolean()).isTrue();
        assertThat(schedules.get(1).at("/hours/1/days/0").asText()).isEqualTo("SATURDAY");
    }

    @Test
    void theReadmesExampleOfADutyDepartmentOnSaturday() throws Exception {
        Matcher body = ReadmeText.find("-d '(\\{\"service\": \"camp-voucher\", \"channel\": \"STATE_CORPORATION\", \"officeKind\": \")'\\$KIND'([^']*)'",
                "submits a camp voucher per kind of office");
        Matcher shown = ReadmeText.find("\n(\\{\"officeKind\":\"DUTY\".*)\n(\\{\"officeKind\":\"ORDINARY\".*)\n", "shows both answers");

        start(new MutableClock(2025, 5, 17, 10, 0));
        assertThat(ReadmeText.acceptEach(api, "operator", "camp-office-", body, List.of("DUTY", "ORDINARY"), (accepted, line) -> {
            line.set("officeKind", accepted.get("officeKind"));
            line.set("acceptedAt", accepted.at("/deadline/acceptedAt"));
        })).containsExactly(shown.group(1), shown.group(2));
    }
}
