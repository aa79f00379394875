package kz.qyzmet.server.api;

import static kz.qyzmet.server.api.ApiServer.APPLICANT_IIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Every electronic channel of every service of the built-in catalog, as the standard in force names it, driven
 * through the REST API of the bundled server: submitted twice, once signed with an EDS over the body and once with a
 * one-time password (the portal from the applicant's account, the platform and mobile devices through their system
 * accounts), accepted at intake, assigned, reviewed, and either approved, made ready and
 * issued, or refused with a ground of the standard and a motivation. The channels are read from the catalog, so a
 * service or channel added to it is driven too.
 */
class ElectronicChannelsApiTest extends ServerPerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ELECTRONIC = Set.of("EGOV_PORTAL", "PLATFORM", "MOBILE");
    /** The day each service is asked for: inside its intake window where it has one; the teachers' platform is a channel of the 2020 standard (000 annex 3) until 2024-01-03. */
    private static final Map<String, LocalDate> ASKED_ON = Map.of(
            "school-admission", LocalDate.of(2025, 5, 5),
            "camp-voucher", LocalDate.of(2025, 5, 12),
            "externat-permission", LocalDate.of(2025, 11, 18),
            "teacher-attestation", LocalDate.of(2023, 9, 19));
    private static final LocalDate USUALLY = LocalDate.of(2025, 4, 15);
    /** Conditional documents some services need to be approved: a camp voucher needs a proof of an eligible category (as in CampVoucherApiTest). */
    private static final Map<String, String> PROOFS = Map.of("camp-voucher", "status-guardianship-decision");

    private MutableClock clock;
    private int walked;
    private int refused;
    private int issued;

    @Test
    void everyElectronicChannelOfEveryServiceGoesFromSignedSubmissionToResultOrMotivatedRefusal() throws Exception {
        clock = new MutableClock(2025, 4, 15, 10, 0);
        start(clock);
        api.mobileCitizens().register(Iin.of(APPLICANT_IIN), "+77011234567");
        Map<String, List<String>> driven = new LinkedHashMap<>();
        for (JsonNode service : api.call("GET", "/services", null).body().get("services")) {
            String id = service.get("id").asText();
            LocalDate on = ASKED_ON.getOrDefault(id, USUALLY);
            JsonNode detail = api.call("GET", "/services/" + id + "?on=" + on, null).body();
            for (JsonNode channel : detail.at("/version/channels/value")) {
                if (ELECTRONIC.contains(channel.asText())) {
                    walk(id, channel.asText(), on, detail, true);
                    walk(id, channel.asText(), on, detail, false);
                    driven.computeIfAbsent(id, key -> new ArrayList<>()).add(channel.asText());
                }
            }
        }
        assertThat(driven).as("the electronic channels the standards name").containsEntry("education-document-duplicate", List.of("EGOV_PORTAL"))
                .containsEntry("home-schooling", List.of("EGOV_PORTAL", "MOBILE")).containsEntry("teacher-attestation", List.of("PLATFORM"))
                .containsKeys("camp-voucher", "externat-permission", "preschool-queue", "school-admission");
        assertThat(refused).as("motivated refusals").isPositive();
        assertThat(issued).as("results issued").isPositive();
        assertThat(refused + issued).isEqualTo(walked);
    }

    /** One request through its lifecycle, signed with an EDS over the body or with a one-time password. */
    private void walk(String service, String channel, LocalDate on, JsonNode detail, boolean eds) throws Exception {
        String what = service + " via " + channel + (eds ? " signed" : " with a code");
        clock.set(on.getYear(), on.getMonthValue(), on.getDayOfMonth(), 10, 0);
        JsonNode requirements = api.call("GET", "/services/" + service + "/requirements?channel=" + channel + "&on=" + on, null).body();
        List<String> documents = new ArrayList<>();
        for (JsonNode document : requirements.at("/documents/value")) {
            if (document.get("required").asText().equals("MANDATORY") && document.get("suppliedBy").asText().equals("APPLICANT")) {
                documents.add("{\"code\": \"" + document.get("code").asText() + "\", \"issuedOn\": \"" + on.minusDays(1) + "\"}");
            }
        }
        if (PROOFS.containsKey(service)) {
            documents.add("{\"code\": \"" + PROOFS.get(service) + "\", \"issuedOn\": \"" + on.minusDays(1) + "\"}");
        }
        String body = "{\"service\": \"" + service + "\", " + ApiServer.gradeMember(detail.get("version")) + "\"channel\": \"" + channel + "\", \"provider\": \"school-1\", \"applicantIin\": \""
                + APPLICANT_IIN + "\", \"documents\": [" + String.join(", ", documents) + "], \"personalDataConsent\": true}";
        String key = "electronic-" + (++walked);
        // the portal: the applicant's own account; the platform and mobile devices: the system account of that channel
        String account = switch (channel) {
            case "EGOV_PORTAL" -> "aigerim";
            case "PLATFORM" -> "platform";
            default -> "mobile";
        };
        ApiServer.Answer submitted;
        if (eds) {
            submitted = api.submitSigned(account, key, body, APPLICANT_IIN);
        } else {
            String ask = account.equals("aigerim") ? null : "{\"iin\": \"" + APPLICANT_IIN + "\"}";
            assertThat(api.as(account, "POST", "/one-time-passwords", ask).status()).as(what).isEqualTo(201);
            submitted = api.submit(account, key, body, "Qyzmet-One-Time-Password", lastCode());
        }
        assertThat(submitted.status()).as("%s: %s", what, submitted.response().body()).isEqualTo(201);
        String id = submitted.body().get("id").asText();
        ApiServer.Answer accepted = api.act("clerk", id, "accept", null);
        assertThat(accepted.body().get("status").asText()).as("%s accepted: %s", what, accepted.response().body()).isEqualTo("ACCEPTED");
        assertThat(api.act("director", id, "assign", "{\"executor\": \"teacher\"}").body().get("status").asText()).as(what).isEqualTo("ASSIGNED");
        assertThat(api.act("teacher", id, "start-review", null).body().get("status").asText()).as(what).isEqualTo("IN_REVIEW");
        // a refusal after review cites grounds of the decision stage (main's rule); the intake-stage ones go on the refusal receipt
        List<String> grounds = new ArrayList<>();
        detail.at("/version/refusalGrounds/value").forEach(ground -> {
            if ("DECISION".equals(ground.path("stage").asText())) {
                grounds.add(ground.get("code").asText());
            }
        });
        if (walked % 3 == 0 && !grounds.isEmpty()) {
            String ground = grounds.get(0);
            ApiServer.Answer refusal = api.act("teacher", id, "refuse", "{\"grounds\": [\"" + ground + "\"], \"motivation\": \"Checked against the register\"}");
            assertThat(refusal.body().get("status").asText()).as("%s refused: %s", what, refusal.response().body()).isEqualTo("REFUSED");
            refused++;
            return;
        }
        ApiServer.Answer approved = api.act("teacher", id, "approve", null);
        assertThat(approved.body().get("status").asText()).as("%s approved: %s", what, approved.response().body()).isEqualTo("APPROVED");
        assertThat(api.act("director", id, "ready", null).body().get("status").asText()).as(what).isEqualTo("RESULT_READY");
        ApiServer.Answer issue = api.act("clerk", id, "issue", null);
        assertThat(issue.body().get("status").asText()).as("%s issued: %s", what, issue.response().body()).isEqualTo("ISSUED");
        issued++;
    }

    private String lastCode() throws Exception {
        List<String> lines = Files.readAllLines(data.resolve(QyzmetServer.SMS_OUTBOX_FILE));
        return ElectronicSubmissionApiTest.code(JSON.readTree(lines.get(lines.size() - 1)));
    }
}
