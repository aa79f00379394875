package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.application.deadline.port.in.DeadlinePreview;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineQuery;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.embedded.Qyzmet;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Requests walked through the real server over HTTP, with bearer tokens, on the embedded H2 database: a
 * duplicate from submission to issue at the school, the State Corporation path with its keeping period, an
 * intake refusal, and a deadline preview equal to the domain's computation.
 */
class EndToEndTest extends ServerPerTest {

    private static final String DUPLICATE_AT_SCHOOL = """
            {"service": "803005", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600012",
             "documents": [{"code": "application"}, {"code": "identity-document"}], "personalDataConsent": true}""";


    @Test
    void aDuplicateFromSubmissionToIssueAtTheSchool() {
        // Monday 14 April 2025, 10:00 in Almaty
        start(new MutableClock(2025, 4, 14, 10, 0));
        ApiServer.Answer submitted = api.submit("clerk", "e2e-duplicate-1", DUPLICATE_AT_SCHOOL);
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.body().get("id").asText();
        assertThat(submitted.header("Location")).isEqualTo("/requests/" + id);
        assertThat(submitted.header("ETag")).isEqualTo("\"1\"");
        assertThat(submitted.body().get("service").asText()).isEqualTo("education-document-duplicate");
        assertThat(texts(submitted.body().get("allowedActions"))).as("the clerk's, not the applicant's withdrawal")
                .containsExactly("accept", "refuse-intake");

        ApiServer.Answer accepted = api.act("clerk", id, "accept", null, "If-Match", "\"1\"", "Accept-Language", "en");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().get("standardVersion").asText()).isEqualTo("004-plan");
        // 15 working days counted from Tuesday 15 April; 1, 7 and 9 May are holidays: Tuesday 6 May, 18:00
        assertThat(accepted.body().at("/deadline/dueAt").asText()).isEqualTo("2025-05-06T18:00:00+05:00");
        assertThat(texts(accepted.body().at("/deadline/explanation"))).anyMatch(line -> line.contains("2025-05-01"))
                .anyMatch(line -> line.contains("15 working days"));
        assertThat(accepted.body().get("steps")).hasSize(4);

        assertThat(api.act("director", id, "assign", "{\"executor\": \"teacher\"}").body().get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(api.act("teacher", id, "start-review", null).body().get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.act("teacher", id, "approve", "{}").body().get("status").asText()).isEqualTo("APPROVED");
        assertThat(api.act("director", id, "ready", null).body().get("status").asText()).isEqualTo("RESULT_READY");
        ApiServer.Answer issued = api.act("clerk", id, "issue", null, "If-Match", "\"6\"");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.body().get("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.header("ETag")).isEqualTo("\"7\"");

        ApiServer.Answer shown = api.as("aigerim", "GET", "/requests/" + id, null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("revision").asInt()).isEqualTo(7);
        List<String> history = new ArrayList<>();
        shown.body().get("history").forEach(entry -> history.add(entry.get("type").asText() + " by " + entry.get("user").asText()));
        assertThat(history).containsExactly("RequestSubmitted by clerk", "RequestAccepted by clerk", "ExecutorAssigned by director",
                "ReviewStarted by teacher", "RequestApproved by teacher", "ResultReady by director", "ResultIssued by clerk");
        assertThat(shown.body().get("allowedActions")).isEmpty();

        ApiServer.Answer worklist = api.as("aigerim", "GET", "/requests?status=ISSUED", null);
        assertThat(worklist.body().get("requests")).extracting(request -> request.get("id").asText()).containsExactly(id);
    }

    /** Handed in on a Saturday, a request is taken up by staff only from Monday's opening, and the refusal says when, in Almaty's time. */
    @Test
    void staffActOnARequestHandedInOnASaturdayOnlyFromMondaysOpening() {
        // Saturday 19 April 2025, 11:00 in Almaty
        start(new MutableClock(2025, 4, 19, 11, 0));
        String id = api.submit("clerk", "e2e-saturday-1", DUPLICATE_AT_SCHOOL).body().get("id").asText();
        ApiServer.Answer accepted = api.act("clerk", id, "accept", null);
        assertThat(accepted.body().at("/deadline/acceptedAt").asText()).isEqualTo("2025-04-21T09:00:00+05:00");

        ApiServer.Answer notYet = api.act("director", id, "assign", "{\"executor\": \"teacher\"}", "Accept-Language", "ru");

        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.body().get("type").asText()).isEqualTo("/problems/illegal-transition");
        assertThat(notYet.body().get("detail").asText()).endsWith("заявление принимается в 2025-04-21 09:00 +05:00; сотрудники работают с ним только с этого момента");
    }

    @Test
    void aDuplicateThroughTheStateCorporationHandedOverAndIssuedByTheOperator() {
        MutableClock clock = new MutableClock(2025, 4, 14, 10, 0);
        start(clock);
        String id = api.submit("operator", "e2e-state-corporation", """
                {"service": "education-document-duplicate", "channel": "STATE_CORPORATION", "provider": "school-1",
                 "applicantIin": "061211600012", "documents": [{"code": "application"}, {"code": "identity-document"}],
                 "personalDataConsent": true}""").body().get("id").asText();
        assertThat(api.act("operator", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        api.act("teacher", id, "start-review", null);
        api.act("teacher", id, "approve", null);
        api.act("director", id, "ready", null);

        ApiServer.Answer notYet = api.act("clerk", id, "issue", null);
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.body().get("type").asText()).isEqualTo("/problems/illegal-transition");

        clock.set(2025, 4, 22, 11, 0);
        ApiServer.Answer handed = api.act("clerk", id, "hand-over", null);
        assertThat(handed.body().get("status").asText()).isEqualTo("AT_STATE_CORPORATION");
        assertThat(handed.body().get("keptUntil").asText()).isEqualTo("2025-05-22T11:00:00+05:00");

        ApiServer.Answer operatorsList = api.as("operator", "GET", "/requests?status=AT_STATE_CORPORATION", null);
        assertThat(operatorsList.body().get("requests")).extracting(request -> request.get("id").asText()).containsExactly(id);

        clock.set(2025, 4, 23, 9, 15);
        ApiServer.Answer issued = api.act("operator", id, "issue", null);
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.body().get("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.body().at("/history/7/user").asText()).isEqualTo("operator");
    }

    @Test
    void aSchoolAdmissionWithAnIncompletePackageIsRefusedAtIntakeNamingEachMissingDocument() {
        start(new MutableClock(2025, 5, 5, 10, 0));
        String id = api.submit("clerk", "e2e-admission-incomplete", """
                {"service": "school-admission", "grade": 1, "channel": "PROVIDER_OFFICE", "provider": "school-1",
                 "applicantIin": "061211600012", "documents": [{"code": "application"}], "personalDataConsent": true}""")
                .body().get("id").asText();

        ApiServer.Answer refused = api.act("clerk", id, "accept", null, "Accept-Language", "kk");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.header("Content-Language")).isEqualTo("kk");
        assertThat(refused.body().get("status").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(refused.body().has("deadline")).isFalse();
        JsonNode reasons = refused.body().at("/history/1/details/reasons");
        assertThat(reasons).extracting(reason -> reason.get("code").asText())
                .containsExactly("identity-document", "medical-certificates", "child-photo");
        assertThat(reasons).allSatisfy(reason -> assertThat(reason.get("name").asText()).isNotBlank());
        assertThat(refused.body().get("allowedActions")).isEmpty();

        ApiServer.Answer again = api.act("clerk", id, "accept", null);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aClerkRefusesIntakeCitingAGroundOfTheStandard() {
        start(new MutableClock(2025, 4, 14, 10, 0));
        String id = api.submit("clerk", "e2e-refuse-intake", DUPLICATE_AT_SCHOOL).body().get("id").asText();
        ApiServer.Answer unknownGround = api.act("clerk", id, "refuse-intake", "{\"grounds\": [\"no-such-ground\"], \"motivation\": \"x\"}");
        assertThat(unknownGround.status()).isBetween(400, 499);
        assertThat(api.as("clerk", "GET", "/requests/" + id, null).body().get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void theDeadlinePreviewOverHttpEqualsTheDomainsAndTheAcceptedRequestsDeadline() {
        MutableClock clock = new MutableClock(2025, 3, 17, 10, 0);
        start(clock);
        ApiServer.Answer preview = api.call("POST", "/deadlines/preview",
                "{\"service\": \"803005\", \"channel\": \"PROVIDER_OFFICE\", \"receivedAt\": \"2025-03-17T10:00:00+05:00\"}",
                "Content-Type", "application/json");
        assertThat(preview.status()).isEqualTo(200);

        DeadlinePreview domain;
        try (Qyzmet qyzmet = Qyzmet.builder().build()) {
            domain = qyzmet.deadlines().preview(new PreviewDeadlineQuery("803005", Channel.PROVIDER_OFFICE,
                    OffsetDateTime.parse("2025-03-17T10:00:00+05:00")));
        }
        assertThat(OffsetDateTime.parse(preview.body().get("dueAt").asText()).toInstant()).isEqualTo(domain.deadline().dueAt());
        assertThat(OffsetDateTime.parse(preview.body().get("acceptedAt").asText()).toInstant())
                .isEqualTo(domain.deadline().acceptance().acceptedAt());
        assertThat(preview.body().get("steps")).hasSize(domain.steps().size());

        String id = api.submit("clerk", "e2e-preview-match", DUPLICATE_AT_SCHOOL).body().get("id").asText();
        ApiServer.Answer accepted = api.act("clerk", id, "accept", null);
        assertThat(accepted.body().at("/deadline/dueAt").asText()).isEqualTo(preview.body().get("dueAt").asText());
        assertThat(accepted.body().at("/deadline/explanation")).isEqualTo(preview.body().get("explanation"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
