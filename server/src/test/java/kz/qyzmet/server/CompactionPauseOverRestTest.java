package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.persistence.jdbc.CompactionWaits;
import kz.qyzmet.adapters.persistence.jdbc.Compaction;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.server.api.ApiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call that waits longer than {@code --compact-callers-wait} for a compaction of the embedded database is answered
 * 503 with {@code Retry-After} and the README's problem document, in the caller's language; nothing of it is
 * stored, and sent again after the pause it is taken once. The compaction is held in its pause by a transaction in
 * flight (it waits up to {@code --compact-in-flight-wait} for it), as a long transaction would hold it.
 */
class CompactionPauseOverRestTest {

    private static final Duration CALLERS_WAIT = Duration.ofSeconds(1);

    @Test
    void aCallWaitingLongerThanTheCallersWaitIsAnswered503WithRetryAfterAndIsTakenWhenSentAgain(@TempDir Path dataDir) throws Exception {
        ServerConfig config = new ServerConfig(0, "127.0.0.1", dataDir, null, null, ZoneId.of("Asia/Almaty"), null,
                Duration.ofMinutes(1), false, null, null, new CompactionWaits(CALLERS_WAIT, Duration.ofSeconds(60)));
        try (ApiServer api = ApiServer.start(config, Clock.systemUTC())) {
            JdbcStorage storage = api.server().storage();
            Connection inFlight = storage.dataSource().getConnection();
            CompletableFuture<Compaction> compaction;
            ApiServer.Answer paused;
            try {
                compaction = CompletableFuture.supplyAsync(storage::compact);
                paused = firstAnswerOtherThan200(api);

                assertThat(paused.status()).isEqualTo(503);
                assertThat(paused.header("Retry-After")).as("seconds, as long as the call waited").isEqualTo("1");
                assertThat(paused.contentType()).startsWith("application/problem+json");
                JsonNode readme = readmeProblem();
                assertThat(paused.body().get("type").asText()).isEqualTo("/problems/maintenance").isEqualTo(readme.get("type").asText());
                assertThat(paused.body().get("title").asText()).isEqualTo(readme.get("title").asText());
                assertThat(paused.body().get("status").asInt()).isEqualTo(readme.get("status").asInt());
                assertThat(paused.body().get("detail").asText()).as("the README's detail, with this server's wait")
                        .isEqualTo(readme.get("detail").asText().replace("in 30 s", "in 1 s"));
                assertThat(paused.body().get("instance").asText()).isEqualTo(readme.get("instance").asText());

                ApiServer.Answer submission = api.submit("clerk", "during-compaction", ApiServer.SUBMISSION, "Accept-Language", "ru");
                assertThat(submission.status()).isEqualTo(503);
                assertThat(submission.header("Retry-After")).isEqualTo("1");
                assertThat(submission.body().get("detail").asText())
                        .isEqualTo("База данных сервера приостановлена на обслуживание (сжатие файла базы данных); "
                                + "ничего не прочитано и не записано, повторите через 1 с");
                assertThat(compaction).as("the compaction still waits for the transaction in flight").isNotDone();
            } finally {
                inFlight.close();
            }
            assertThat(compaction.get(60, TimeUnit.SECONDS).bytesAfter()).isPositive();

            String id = api.submitted("clerk", "during-compaction", ApiServer.SUBMISSION);
            ApiServer.Answer worklist = api.as("clerk", "GET", "/requests", null);
            assertThat(worklist.status()).isEqualTo(200);
            assertThat(worklist.body().get("requests")).as("the submission refused in the pause left nothing; sent again, it is stored once")
                    .extracting(listed -> listed.get("id").asText()).containsExactly(id);
        }
    }

    /** Worklist calls until one is not answered 200: the first made once the compaction holds its pause. */
    private static ApiServer.Answer firstAnswerOtherThan200(ApiServer api) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            ApiServer.Answer answer = api.as("clerk", "GET", "/requests", null, "Accept-Language", "en");
            if (answer.status() != 200) {
                return answer;
            }
            assertThat(System.nanoTime() - deadline).as("the compaction pauses new work within a minute").isNegative();
            Thread.sleep(10);
        }
    }

    /** The problem document the README shows for a call made during a compaction. */
    private static JsonNode readmeProblem() throws Exception {
        Matcher shown = Pattern.compile("```http\nHTTP/1.1 503 Service Unavailable\nRetry-After: 30\nContent-Type: application/problem\\+json\n\n(\\{.*})\n```")
                .matcher(Files.readString(Path.of("..", "README.md")));
        assertThat(shown.find()).as("the README shows what a client sees during a compaction").isTrue();
        return new ObjectMapper().readTree(shown.group(1));
    }
}
