package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The worklist is in the order its documentation states: the earliest due first, requests without a deadline
 * yet (not accepted) last — not newest first, as the OpenAPI document once said.
 */
class WorklistOrderTest extends ServerPerTest {

    @Test
    void theEarliestDueComesFirstAndRequestsWithoutADeadlineLast() {
        MutableClock clock = new MutableClock(2025, 4, 14, 10, 0);
        start(clock);
        String acceptedMonday = api.submitted("clerk", "order-0001", ApiServer.SUBMISSION);
        api.act("clerk", acceptedMonday, "accept", null);
        clock.set(2025, 4, 16, 10, 0);
        String acceptedWednesday = api.submitted("clerk", "order-0002", ApiServer.SUBMISSION.replace("061211600012", "960315300011"));
        api.act("clerk", acceptedWednesday, "accept", null);
        String notAccepted = api.submitted("clerk", "order-0003", ApiServer.SUBMISSION);

        List<String> listed = new ArrayList<>();
        for (JsonNode request : api.as("clerk", "GET", "/requests", null).body().get("requests")) {
            listed.add(request.get("id").asText());
        }

        assertThat(listed).containsExactly(acceptedMonday, acceptedWednesday, notAccepted);
        String summary = api.call("GET", "/openapi.json", null).body().at("/paths/~1requests/get/summary").asText();
        assertThat(summary).contains("earliest due first").doesNotContain("newest first");
    }
}
