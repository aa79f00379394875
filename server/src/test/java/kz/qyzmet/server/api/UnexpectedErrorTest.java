package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import kz.qyzmet.adapters.rest.RestApi;
import org.junit.jupiter.api.Test;

/**
 * An unexpected error in a route is answered with a 500 problem document that gives the request id and
 * nothing of the error. (The handler once threw a ClassCastException of its own, which Javalin handed back to
 * the same handler without end: the client never got an answer and a server thread spun for ever.)
 */
class UnexpectedErrorTest {

    @Test
    void anUnexpectedErrorIsA500ProblemWithTheRequestIdAndNoDetailOfTheError() throws Exception {
        RestApi api = new RestApi(List.of(app -> app.get("/boom", ctx -> {
            throw new IllegalStateException("secret detail of the failure");
        }))).start("127.0.0.1", 0);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/boom"))
                    .header("X-Request-Id", "probe-500").timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = new ObjectMapper().readTree(response.body());
            assertThat(problem.get("type").asText()).isEqualTo("/problems/internal");
            assertThat(problem.get("status").asInt()).isEqualTo(500);
            assertThat(problem.get("detail").asText()).contains("probe-500");
            assertThat(response.body()).doesNotContain("secret detail", "IllegalStateException", "at kz.");
        } finally {
            api.stop();
        }
    }

    @org.junit.jupiter.api.extension.RegisterExtension
    final kz.qyzmet.server.scenario.CapturedLogs logs = new kz.qyzmet.server.scenario.CapturedLogs();

    @Test
    void theErrorsLogLineMasksAnIinInThePath() throws Exception {
        RestApi api = new RestApi(List.of(app -> app.get("/boom/{who}", ctx -> {
            throw new IllegalStateException("failure");
        }))).start("127.0.0.1", 0);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/boom/061211600012"))
                    .timeout(Duration.ofSeconds(30)).build();
            assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(500);
        } finally {
            api.stop();
        }
        assertThat(logs.messages()).anyMatch(line -> line.startsWith("Unexpected error on GET /boom/06**********"))
                .noneMatch(line -> line.contains("061211600012"));
    }
}
