package kz.qyzmet.server.api;

import static kz.qyzmet.server.api.ApiServer.STATE_CORPORATION_SUBMISSION;
import static kz.qyzmet.server.api.ApiServer.SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Rules of the lifecycle as a person meets them over HTTP: no staff action before the acceptance moment, the
 * actions offered being exactly those this user may take now, and a motivated refusal citing only grounds of the
 * decision stage.
 */
class RulesAppliedApiTest extends ServerPerTest {

    private List<String> allowed(String user, String id) {
        ApiServer.Answer answer = api.as(user, "GET", "/requests/" + id, null);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        answer.body().get("allowedActions").forEach(node -> actions.add(node.asText()));
        return actions;
    }

    private String status(ApiServer.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.body().get("status").asText();
    }

    @Test
    void staffCannotActBeforeTheAcceptanceMomentAndAreToldWhenItIs() {
        // handed in at the school on Saturday 15 March 2025: accepted at Monday 17 March's opening, 09:00 in Almaty
        MutableClock clock = new MutableClock(2025, 3, 15, 10, 0);
        start(clock);
        String id = api.submitted("clerk", "saturday", SUBMISSION);
        assertThat(status(api.act("clerk", id, "accept", null))).isEqualTo("ACCEPTED");
        assertThat(allowed("director", id)).isEmpty();

        ApiServer.Answer early = api.act("director", id, "assign", "{\"executor\": \"teacher\"}", "Accept-Language", "en");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("detail").asText()).contains("accepted at 2025-03-17 09:00 +05:00");
        assertThat(api.as("director", "GET", "/requests/" + id, null).body().get("status").asText()).isEqualTo("ACCEPTED");

        clock.set(2025, 3, 17, 9, 0);
        assertThat(allowed("director", id)).containsExactly("assign");
        assertThat(status(api.act("director", id, "assign", "{\"executor\": \"teacher\"}"))).isEqualTo("ASSIGNED");
    }

    @Test
    void allowedActionsListExactlyWhatThisUserMayDoNow() {
        start(new MutableClock(2025, 4, 14, 10, 0));
        String office = api.submitted("clerk", "office-request", SUBMISSION);
        assertThat(allowed("clerk", office)).containsExactly("accept", "refuse-intake");
        assertThat(allowed("aigerim", office)).containsExactly("withdraw");
        api.act("clerk", office, "accept", null);
        assertThat(allowed("director", office)).containsExactly("assign");
        assertThat(allowed("teacher", office)).isEmpty();
        assertThat(allowed("clerk", office)).isEmpty();
        assertThat(allowed("aigerim", office)).containsExactly("withdraw");
        api.act("director", office, "assign", "{\"executor\": \"teacher\"}");
        assertThat(allowed("teacher", office)).containsExactly("start-review");
        assertThat(allowed("director", office)).isEmpty();
        api.act("teacher", office, "start-review", null);
        assertThat(allowed("teacher", office)).containsExactly("approve", "refuse");
        api.act("teacher", office, "approve", null);
        assertThat(allowed("director", office)).containsExactly("ready");
        api.act("director", office, "ready", null);
        assertThat(allowed("clerk", office)).as("a result at the school is issued there, not handed over").containsExactly("issue");

        String viaCorporation = api.submitted("operator", "corporation-request", STATE_CORPORATION_SUBMISSION);
        api.act("operator", viaCorporation, "accept", null);
        api.act("director", viaCorporation, "assign", "{\"executor\": \"teacher\"}");
        api.act("teacher", viaCorporation, "start-review", null);
        api.act("teacher", viaCorporation, "approve", null);
        api.act("director", viaCorporation, "ready", null);
        assertThat(allowed("clerk", viaCorporation)).as("a result for the State Corporation is handed over, not issued")
                .containsExactly("hand-over");
        assertThat(allowed("operator", viaCorporation)).isEmpty();
        api.act("clerk", viaCorporation, "hand-over", null);
        assertThat(allowed("operator", viaCorporation)).as("kept a month before it goes back").containsExactly("issue");
    }

    @Test
    void anExecutorCannotCiteAGroundForRefusingIntakeInARefusalAfterReview() {
        start(new MutableClock(2025, 4, 14, 10, 0));
        String id = api.submitted("clerk", "review-request", SUBMISSION);
        api.act("clerk", id, "accept", null);
        api.act("director", id, "assign", "{\"executor\": \"teacher\"}");
        api.act("teacher", id, "start-review", null);

        ApiServer.Answer refused = api.act("teacher", id, "refuse", "{\"grounds\": [\"incomplete-package\"], \"motivation\": \"no\"}");
        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.body().at("/errors/0");
        assertThat(error.get("field").asText()).isEqualTo("grounds");
        assertThat(error.get("rule").asText()).isEqualTo("ground");
        assertThat(api.as("teacher", "GET", "/requests/" + id, null).body().get("status").asText()).isEqualTo("IN_REVIEW");
    }
}
