package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.ServerConfig;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes' worth of Qyzmet (two servers, each with its own connection pool, scheduler and data
 * directory) on one PostgreSQL schema, as behind a load balancer: a submission retried on the other server
 * with the same Idempotency-Key is the same request; two acceptances racing on both servers leave one
 * acceptance; both servers' deadline watches run every second and every overdue request gets one warning
 * and its applicant one message; a one-time password sent through one server signs through the other, which counts
 * the wrong tries made on the first, and of two submissions racing on both servers with it exactly one is signed.
 * Skipped without PostgreSQL (QYZMET_TEST_PG_URL), except under CI=true.
 */
class TwoServersOnePostgresTest {

    private static final String URL = System.getenv().getOrDefault("QYZMET_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("QYZMET_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("QYZMET_TEST_PG_PASSWORD", "");
    private static final int REQUESTS = 8;

    @TempDir
    Path first;
    @TempDir
    Path second;

    private final String schema = "qyzmet_test_" + UUID.randomUUID().toString().replace("-", "");
    private final MutableClock clock = new MutableClock(2025, 4, 14, 10, 0);
    private ApiServer a;
    private ApiServer b;

    @BeforeEach
    void startTwoServers() {
        sql("CREATE SCHEMA " + schema);
        String schemaUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        ServerConfig.Database database = new ServerConfig.Database(schemaUrl, USER, PASSWORD);
        a = ApiServer.start(new ServerConfig(0, "127.0.0.1", first, null, null, ZoneId.of("Asia/Almaty"), database, Duration.ofSeconds(1)), clock);
        b = ApiServer.start(new ServerConfig(0, "127.0.0.1", second, null, null, ZoneId.of("Asia/Almaty"), database, Duration.ofSeconds(1)), clock);
    }

    @AfterEach
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void aRetryOnTheOtherServerIsTheSameRequest() {
        String id = a.submitted("clerk", "two-servers-retry", ApiServer.SUBMISSION);
        ApiServer.Answer retried = b.submit("clerk", "two-servers-retry", ApiServer.SUBMISSION);
        assertThat(retried.status()).as(retried.response().body()).isBetween(200, 201);
        assertThat(retried.body().get("id").asText()).isEqualTo(id);
        ApiServer.Answer other = b.submit("clerk", "two-servers-retry", ApiServer.SUBMISSION.replace("{\"code\":\"identity-document\"}", "{\"code\":\"identity-document\"},{\"code\":\"photo\"}"));
        assertThat(other.status()).as("the same key with another body is refused on the other server too: %s", other.response().body()).isEqualTo(422);
        assertThat(other.body().get("type").asText()).isEqualTo("/problems/idempotency-conflict");
    }

    @Test
    void acceptancesRacingOnBothServersLeaveOneAcceptanceAndTheWatchWarnsOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            ids.add((i % 2 == 0 ? a : b).submitted("clerk", "two-servers-" + i, ApiServer.SUBMISSION));
        }
        for (String id : ids) {
            CompletableFuture<ApiServer.Answer> onA = CompletableFuture.supplyAsync(() -> a.act("clerk", id, "accept", null, "If-Match", "\"1\""));
            CompletableFuture<ApiServer.Answer> onB = CompletableFuture.supplyAsync(() -> b.act("clerk", id, "accept", null, "If-Match", "\"1\""));
            List<Integer> statuses = List.of(onA.get().status(), onB.get().status());
            assertThat(statuses).as("request %s: one acceptance wins, the other is refused", id).containsOnlyOnce(200);
            assertThat(statuses).as("request %s", id).allMatch(status -> status == 200 || status == 409 || status == 412);
            JsonNode shown = b.as("clerk", "GET", "/requests/" + id, null).body();
            assertThat(shown.get("revision").asInt()).isEqualTo(2);
            assertThat(events(shown, "ACCEPTED")).isEqualTo(1);
        }

        clock.set(2025, 7, 1, 12, 0); // long after the 15 working days
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!allOverdue(ids) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(allOverdue(ids)).as("both watches ran").isTrue();
        Thread.sleep(2_500); // a few more runs of both watches
        for (String id : ids) {
            List<String> warnings = warnings(a.as("clerk", "GET", "/requests/" + id, null).body());
            assertThat(warnings).as("request %s: each warning (overall and per step) raised once", id).doesNotHaveDuplicates();
            assertThat(warnings).as("request %s", id).contains("DeadlineOverdue overall");
        }
        JsonNode messages = b.as("aigerim", "GET", "/notifications", null).body().get("notifications");
        List<String> overdue = new ArrayList<>();
        messages.forEach(message -> {
            if ("OVERDUE".equals(message.get("kind").asText())) {
                overdue.add(message.get("requestId").asText());
            }
        });
        assertThat(overdue).as("one message per overdue request").hasSize(REQUESTS).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aCodeSentThroughOneServerSignsOnceThroughTheOtherWhichCountsItsWrongTriesToo() throws Exception {
        a.mobileCitizens().register(Iin.of("061211600012"), "+77011234567");
        ApiServer.Answer sent = a.as("aigerim", "POST", "/one-time-passwords", null);
        assertThat(sent.status()).as(sent.response().body()).isEqualTo(201);
        List<String> outbox = Files.readAllLines(first.resolve(QyzmetServer.SMS_OUTBOX_FILE));
        String code = ElectronicSubmissionApiTest.code(new ObjectMapper().readTree(outbox.get(outbox.size() - 1)));
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(otpRule(a.submit("aigerim", "two-servers-otp-w1", ElectronicSubmissionApiTest.PORTAL_DUPLICATE,
                "Qyzmet-One-Time-Password", wrong))).isEqualTo("wrong");
        ApiServer.Answer secondWrong = b.submit("aigerim", "two-servers-otp-w2", ElectronicSubmissionApiTest.PORTAL_DUPLICATE,
                "Qyzmet-One-Time-Password", wrong);
        assertThat(otpRule(secondWrong)).isEqualTo("wrong");
        assertThat(secondWrong.body().get("detail").asText()).as("the other server counts the first server's try").contains("1 try left");

        CompletableFuture<ApiServer.Answer> onA = CompletableFuture.supplyAsync(() -> a.submit("aigerim", "two-servers-otp-a",
                ElectronicSubmissionApiTest.PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", code));
        CompletableFuture<ApiServer.Answer> onB = CompletableFuture.supplyAsync(() -> b.submit("aigerim", "two-servers-otp-b",
                ElectronicSubmissionApiTest.PORTAL_DUPLICATE, "Qyzmet-One-Time-Password", code));
        List<ApiServer.Answer> answers = List.of(onA.get(), onB.get());
        assertThat(answers).as("the code signs one of the two submissions racing on both servers")
                .filteredOn(answer -> answer.status() == 201).hasSize(1);
        ApiServer.Answer lost = answers.stream().filter(answer -> answer.status() != 201).findFirst().orElseThrow();
        assertThat(otpRule(lost)).isEqualTo("already_used");
    }

    /** The rule a one-time password was refused by. */
    private static String otpRule(ApiServer.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(422);
        assertThat(answer.body().get("type").asText()).isEqualTo("/problems/one-time-password-rejected");
        return answer.body().at("/errors/0/rule").asText();
    }

    private boolean allOverdue(List<String> ids) {
        return ids.stream().allMatch(id -> warnings(a.as("clerk", "GET", "/requests/" + id, null).body()).contains("DeadlineOverdue overall"));
    }

    /** The deadline warnings of a request's history: type, and the step or "overall". */
    private static List<String> warnings(JsonNode request) {
        List<String> warnings = new ArrayList<>();
        request.get("history").forEach(event -> {
            String type = event.get("type").asText();
            if (type.startsWith("Deadline")) {
                JsonNode step = event.path("details").path("step");
                warnings.add(type + (step.isMissingNode() ? " overall" : " step " + step.asInt()));
            }
        });
        return warnings;
    }

    private static long events(JsonNode request, String to) {
        List<JsonNode> history = new ArrayList<>();
        request.get("history").forEach(history::add);
        return history.stream().filter(event -> to.equals(event.path("to").asText())).count();
    }

    private static void sql(String statementText) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + URL + " is not reachable (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true requires the PostgreSQL tests to run: " + message);
            }
            Assumptions.abort(message);
        }
    }
}
