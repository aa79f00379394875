package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting and desk time over HTTP, on the embedded database: visits to the school's office and to a State
 * Corporation centre recorded by the counters, checked against the standard's limits (803005, version 004-plan:
 * at the office no waiting limit and 15 minutes at the desk; at the State Corporation 15 and 15 minutes), and
 * the breaches counted per service and channel in the April 2025 report. Also the README's example.
 */
class CounterVisitApiTest extends ServerPerTest {

    private static final String APRIL = "/reports/monthly?provider=school-1&month=2025-04";

    private MutableClock clock;
    private String office;
    private String stateCorporation;

    @BeforeEach
    void requests() {
        clock = new MutableClock(2025, 4, 1, 10, 0);
        start(clock);
        office = api.submitted("clerk", "visit-office", ApiServer.SUBMISSION);
        stateCorporation = api.submitted("operator", "visit-state-corporation", ApiServer.STATE_CORPORATION_SUBMISSION);
    }

    private ApiServer.Answer visit(String user, String request, String ticket, String called, String served) {
        return api.as(user, "POST", "/requests/" + request + "/counter-visits",
                "{\"ticketTakenAt\": \"" + ticket + "\", \"calledAt\": \"" + called + "\", \"servedAt\": \"" + served + "\"}");
    }

    @Test
    void theReadmeExampleAStateCorporationVisitThatWaitedTooLong() {
        ApiServer.Answer answer = visit("operator", stateCorporation,
                "2025-04-01T09:30:00+05:00", "2025-04-01T09:46:00+05:00", "2025-04-01T10:00:00+05:00");
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        JsonNode visit = answer.body();
        assertThat(visit.get("channel").asText()).isEqualTo("STATE_CORPORATION");
        assertThat(visit.get("waitingMinutes").asInt()).isEqualTo(16);
        assertThat(visit.get("maxWaitingMinutes").asInt()).isEqualTo(15);
        assertThat(visit.get("waitingBreached").asBoolean()).isTrue();
        assertThat(visit.get("deskMinutes").asInt()).isEqualTo(14);
        assertThat(visit.get("maxDeskMinutes").asInt()).isEqualTo(15);
        assertThat(visit.get("deskBreached").asBoolean()).isFalse();
        assertThat(visit.get("calledAt").asText()).isEqualTo("2025-04-01T09:46:00+05:00");
        clock.set(2025, 5, 5, 12, 0);
        JsonNode line = api.as("director", "GET", APRIL, null).body().get("lines").get(1);
        assertThat(line.get("channel").asText()).isEqualTo("STATE_CORPORATION");
        assertThat(counts(line)).containsExactly(1, 1, 0);
    }

    @Test
    void theMonthlyReportCountsTheBreachesPerServiceAndChannel() {
        // office, 1 April: waited 10 (no limit given), 10 at the desk (limit 15): no breach
        assertThat(visit("clerk", office, "2025-04-01T09:40:00+05:00", "2025-04-01T09:50:00+05:00", "2025-04-01T10:00:00+05:00").status())
                .isEqualTo(201);
        // State Corporation, 1 April: waited 16 (limit 15): a waiting breach; 14 at the desk
        assertThat(visit("operator", stateCorporation, "2025-04-01T09:30:00+05:00", "2025-04-01T09:46:00+05:00",
                "2025-04-01T10:00:00+05:00").status()).isEqualTo(201);
        clock.set(2025, 4, 2, 10, 0);
        // office, 2 April: waited 20 (no limit), 16 at the desk (limit 15): a desk breach
        ApiServer.Answer desk = visit("clerk", office, "2025-04-02T09:00:00+05:00", "2025-04-02T09:20:00+05:00", "2025-04-02T09:36:00+05:00");
        assertThat(desk.body().get("maxWaitingMinutes").isNull()).isTrue();
        assertThat(desk.body().get("deskBreached").asBoolean()).isTrue();
        // State Corporation, 2 April: exactly 15 and 15 minutes, at the limits: no breach
        assertThat(visit("operator", stateCorporation, "2025-04-02T09:00:00+05:00", "2025-04-02T09:15:00+05:00",
                "2025-04-02T09:30:00+05:00").body().get("waitingBreached").asBoolean()).isFalse();
        clock.set(2025, 5, 5, 12, 0);

        JsonNode lines = api.as("director", "GET", APRIL, null).body().get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("channel").asText()).isEqualTo("PROVIDER_OFFICE");
        assertThat(counts(lines.get(0))).containsExactly(2, 0, 1);
        assertThat(lines.get(1).get("channel").asText()).isEqualTo("STATE_CORPORATION");
        assertThat(counts(lines.get(1))).containsExactly(2, 1, 0);
        assertThat(api.as("director", "GET", "/reports/monthly?provider=school-1&month=2025-05", null).body().get("lines"))
                .as("nothing served in May").isEmpty();

        String html = api.as("director", "GET", APRIL.replace("monthly", "monthly.html"), null, "Accept-Language", "kk").response().body();
        assertThat(html).contains("Күту уақыты асып кетті", "Қызмет көрсету уақыты асып кетті");
        assertThat(html).contains("data-channel=\"STATE_CORPORATION\"");
        String ru = api.as("director", "GET", APRIL.replace("monthly", "monthly.html"), null, "Accept-Language", "ru").response().body();
        assertThat(ru).contains("Превышено время ожидания", "Превышено время обслуживания");
    }

    private static int[] counts(JsonNode line) {
        return new int[] {line.get("counterVisits").asInt(), line.get("waitingBreaches").asInt(), line.get("deskBreaches").asInt()};
    }

    @Test
    void onlyTheCountersOwnStaffRecordAVisit() {
        String moments = "2025-04-01T09:40:00+05:00";
        assertThat(problem(visit("director", office, moments, moments, moments), 403)).isEqualTo("/problems/forbidden-action");
        assertThat(problem(visit("clerk", stateCorporation, moments, moments, moments), 403)).isEqualTo("/problems/forbidden-action");
        assertThat(problem(visit("operator", office, moments, moments, moments), 404)).isEqualTo("/problems/request-not-found");
        assertThat(problem(visit("clerk2", office, moments, moments, moments), 404)).isEqualTo("/problems/request-not-found");
        assertThat(problem(visit("aigerim", office, moments, moments, moments), 403)).isEqualTo("/problems/forbidden-action");
        assertNothingCounted();
    }

    @Test
    void momentsOutOfOrderInTheFutureOrMissingAreRefusedNamingTheField() {
        ApiServer.Answer backwards = visit("clerk", office, "2025-04-01T09:50:00+05:00", "2025-04-01T09:40:00+05:00", "2025-04-01T09:30:00+05:00");
        assertThat(problem(backwards, 400)).isEqualTo("/problems/invalid-request");
        assertThat(backwards.body().get("errors")).extracting(e -> e.get("field").asText() + ":" + e.get("rule").asText())
                .containsExactly("calledAt:order", "servedAt:order");
        ApiServer.Answer future = visit("clerk", office, "2025-04-01T09:50:00+05:00", "2025-04-01T10:00:00+05:00", "2025-04-01T10:01:00+05:00");
        assertThat(future.body().get("errors").get(0).get("field").asText()).isEqualTo("servedAt");
        assertThat(future.body().get("errors").get(0).get("rule").asText()).isEqualTo("past");
        ApiServer.Answer missing = api.as("clerk", "POST", "/requests/" + office + "/counter-visits",
                "{\"ticketTakenAt\": \"2025-04-01T09:50:00+05:00\", \"calledAt\": \"2025-04-01T09:55:00+05:00\"}");
        assertThat(problem(missing, 400)).isEqualTo("/problems/invalid-request");
        assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("servedAt");
        ApiServer.Answer noOffset = visit("clerk", office, "2025-04-01T09:50:00", "2025-04-01T09:55:00+05:00", "2025-04-01T09:58:00+05:00");
        assertThat(noOffset.status()).isEqualTo(400);
        assertThat(noOffset.response().body()).contains("ticketTakenAt");
        assertNothingCounted();
    }

    private void assertNothingCounted() {
        clock.set(2025, 5, 5, 12, 0);
        for (JsonNode line : api.as("director", "GET", APRIL, null).body().get("lines")) {
            assertThat(line.get("counterVisits").asInt()).isZero();
        }
    }

    private static String problem(ApiServer.Answer answer, int status) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(status);
        return answer.body().get("type").asText();
    }
}
