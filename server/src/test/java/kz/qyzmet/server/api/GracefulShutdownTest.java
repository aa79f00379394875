package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.adapters.rest.RestApi;
import org.junit.jupiter.api.Test;

/**
 * Stopping the API lets the requests in flight finish and answer, and refuses new connections meanwhile; the
 * bundled server closes its database only after that (QyzmetServer.close), so nothing acknowledged is lost.
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheServerStopsIsFinishedAndAnswered() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RestApi api = new RestApi(List.of(app -> app.get("/slow", ctx -> {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            ctx.result("finished");
        }))).start("127.0.0.1", 0);
        URI slow = URI.create("http://127.0.0.1:" + api.port() + "/slow");
        HttpClient client = HttpClient.newHttpClient();

        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(slow).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the slow request reached its handler").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api::stop);
        Thread.sleep(300);
        assertThat(stopping).as("stop waits for the request in flight").isNotDone();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString()))
                .as("no new connections while stopping").isInstanceOf(IOException.class);

        release.countDown();
        HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
        stopping.get(10, TimeUnit.SECONDS);
    }
}
