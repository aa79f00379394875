package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/** The pre-school queue position over HTTP: the parent sees it, another tenant gets 404, a request of another service 400. */
class QueueApiTest extends ServerPerTest {

    private static final String QUEUE = """
            {"service": "403001", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "%s",
             "documents": [{"code": "application"}, {"code": "birth-certificate"}, {"code": "identity-document"},
                           {"code": "phthisiatrician-conclusion"}%s], "personalDataConsent": true}""";

    @Test
    void theParentSeesTheChildsPositionAndOthersDoNot() {
        MutableClock clock = new MutableClock(2025, 4, 15, 10, 0);
        start(clock);
        String first = api.submit("clerk", "queue-first", QUEUE.formatted(ApiServer.APPLICANT_IIN, "")).body().get("id").asText();
        assertThat(api.act("clerk", first, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
        clock.set(2025, 4, 15, 10, 20);
        String priority = api.submit("clerk", "queue-priority", QUEUE.formatted(ApiServer.OTHER_IIN, ", {\"code\": \"first-priority-documents\"}"))
                .body().get("id").asText();
        assertThat(api.act("clerk", priority, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");

        ApiServer.Answer mine = api.as("aigerim", "GET", "/requests/" + first + "/queue-position", null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("request").asText()).isEqualTo(first);
        assertThat(mine.body().get("position").asInt()).isEqualTo(2);
        assertThat(mine.body().get("of").asInt()).isEqualTo(2);
        assertThat(mine.body().get("priority").asBoolean()).isFalse();
        ApiServer.Answer theirs = api.as("nurlan", "GET", "/requests/" + priority + "/queue-position", null);
        assertThat(theirs.body().get("position").asInt()).isEqualTo(1);
        assertThat(theirs.body().get("priority").asBoolean()).isTrue();

        assertThat(api.as("nurlan", "GET", "/requests/" + first + "/queue-position", null).status()).isEqualTo(404);
        assertThat(api.as("clerk2", "GET", "/requests/" + first + "/queue-position", null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/requests/" + first + "/queue-position", null).status()).isEqualTo(401);
        assertThat(api.as("clerk", "GET", "/requests/not-a-uuid/queue-position", null).status()).isEqualTo(400);

        String duplicate = api.submit("clerk", "queue-not-a-queue", """
                {"service": "803005", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600012",
                 "documents": [{"code": "application"}, {"code": "identity-document"}], "personalDataConsent": true}""")
                .body().get("id").asText();
        ApiServer.Answer notQueue = api.as("clerk", "GET", "/requests/" + duplicate + "/queue-position", null);
        assertThat(notQueue.status()).isEqualTo(400);
        assertThat(notQueue.body().at("/errors/0/field").asText()).isEqualTo("requestId");

        // one place frees up: the child with the priority right is referred
        ApiServer.Answer referred = api.as("director", "POST", "/queues/preschool/referrals",
                "{\"organisation\": \"Balapan kindergarten No. 7\", \"places\": 1}");
        assertThat(referred.status()).isEqualTo(200);
        assertThat(referred.body().at("/referrals/0/request").asText()).isEqualTo(priority);
        assertThat(referred.body().get("referrals")).hasSize(1);
        ApiServer.Answer shown = api.as("nurlan", "GET", "/requests/" + priority, null);
        assertThat(shown.body().at("/history/2/type").asText()).isEqualTo("ReferralIssued");
        assertThat(shown.body().at("/history/2/details/organisation").asText()).isEqualTo("Balapan kindergarten No. 7");
        assertThat(api.as("aigerim", "GET", "/requests/" + first + "/queue-position", null).body().get("position").asInt()).isEqualTo(1);

        assertThat(api.as("aigerim", "POST", "/queues/preschool/referrals", "{\"organisation\": \"X\", \"places\": 1}").status())
                .isEqualTo(403);
        ApiServer.Answer noPlaces = api.as("clerk", "POST", "/queues/preschool/referrals", "{\"organisation\": \"X\"}");
        assertThat(noPlaces.status()).isEqualTo(400);
        assertThat(noPlaces.body().at("/errors/0/field").asText()).isEqualTo("places");
        assertThat(api.as("clerk2", "POST", "/queues/preschool/referrals", "{\"organisation\": \"X\", \"places\": 3}")
                .body().get("referrals")).as("another school's queue is its own").isEmpty();
    }
}
