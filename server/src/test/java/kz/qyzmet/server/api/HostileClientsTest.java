package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that break HTTP itself, on plain sockets: hundreds of uploads that trickle a byte at a time, a body
 * shorter than its {@code Content-Length}, and requests Jetty refuses before the application sees them (bad
 * percent-encoding, an overlong URI or header). The server keeps answering, and every refusal is a problem
 * document.
 */
class HostileClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many slow uploads the attack opens: more than the server's threads once were. */
    private static final int SLOW_UPLOADS = 250;

    @TempDir
    static Path data;

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start(data, Clock.fixed(Instant.parse("2025-04-14T05:00:00Z"), ZoneId.of("UTC")));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void healthAnswersWhile250SlowUploadsTrickle() throws Exception {
        List<Socket> uploads = new ArrayList<>();
        AtomicBoolean trickling = new AtomicBoolean(true);
        ExecutorService trickle = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < SLOW_UPLOADS; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", api.port()), 5_000);
                String path = i % 2 == 0 ? "/deadlines/preview" : "/requests";
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + api.token("clerk") + "\r\nIdempotency-Key: slow-upload-" + i + "\r\n"
                        + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                uploads.add(socket);
            }
            Future<?> sending = trickle.submit(() -> {
                while (trickling.get()) {
                    for (Socket socket : uploads) {
                        try {
                            socket.getOutputStream().write(' ');
                        } catch (IOException closedByTheServer) {
                            // the server gave up on this upload: what it should do
                        }
                    }
                    sleep(2_000);
                }
            });
            for (int round = 0; round < 4; round++) {
                sleep(2_500);
                Answered health = exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 10_000);
                assertThat(health.status()).as("health, round %s, during the attack", round).isEqualTo(200);
            }
            trickling.set(false);
            sending.get(10, TimeUnit.SECONDS);
            long closed = uploads.stream().filter(HostileClientsTest::answeredOrClosed).count();
            assertThat(closed).as("slow uploads the server gave up on").isEqualTo(SLOW_UPLOADS);
        } finally {
            trickling.set(false);
            trickle.shutdownNow();
            for (Socket socket : uploads) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsA408Problem() throws Exception {
        Answered answer = exchange("POST /deadlines/preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 500\r\n\r\n{\"service\":\"803005\"", 20_000);
        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problem().path("status").asInt()).isEqualTo(408);
        assertThat(answer.problem().path("type").asText()).isEqualTo("/problems/request-timeout");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/services/%00", "/services/%ZZ", "/requests/%", "/%2e%2e/etc/passwd", "/services/a%2Fb"})
    void aPathJettyRefusesIsAProblem(String path) throws Exception {
        Answered answer = exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 10_000);
        assertThat(answer.status()).as(answer.text()).isBetween(400, 404);
        assertThat(answer.contentType()).as(answer.text()).startsWith("application/problem+json");
        assertThat(answer.problem().path("status").asInt()).isEqualTo(answer.status());
        assertThat(answer.text()).doesNotContain("<html", "Exception", "jetty");
    }

    @Test
    void aNineKibUriIsA414Problem() throws Exception {
        Answered answer = exchange("GET /services?on=" + "x".repeat(9 * 1024) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                10_000);
        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problem().path("type").asText()).isEqualTo("/problems/uri-too-long");
    }

    @Test
    void aNineKibHeaderIsA431Problem() throws Exception {
        Answered answer = exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(9 * 1024)
                + "\r\nConnection: close\r\n\r\n", 10_000);
        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problem().path("type").asText()).isEqualTo("/problems/headers-too-large");
    }

    @Test
    void aRequestLineThatIsNotHttpIsA400Problem() throws Exception {
        Answered answer = exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nBad Header Name: x\r\nConnection: close\r\n\r\n", 10_000);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /health HTTP/9.9", "BREW /health HTTP/1.1", "GET /health HTTP/1.1\r\nContent-Length: -5",
            "POST /deadlines/preview HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked"})
    void anyOtherRequestJettyRefusesIsAProblemToo(String head) throws Exception {
        Answered answer = exchange(head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n", 10_000);
        assertThat(answer.status()).as(answer.text()).isBetween(400, 505);
        assertThat(answer.contentType()).as(answer.text()).startsWith("application/problem+json");
        assertThat(answer.problem().path("status").asInt()).isEqualTo(answer.status());
        assertThat(answer.problem().path("type").asText()).isNotEqualTo("/problems/internal");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** An answer read off a socket: status line, headers and body. */
    record Answered(int status, String head, String text) {

        String contentType() {
            return head.lines().filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
        }

        JsonNode problem() throws IOException {
            return JSON.readTree(text);
        }
    }

    /** Sends the raw bytes and reads the answer until the server closes or the body is complete. */
    private static Answered exchange(String request, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", api.port()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String raw = readAnswer(socket.getInputStream());
            int split = raw.indexOf("\r\n\r\n");
            assertThat(split).as("a complete head in %s", raw).isPositive();
            String head = raw.substring(0, split);
            String body = raw.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Answered(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, read);
                if (complete(bytes.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no complete answer before the timeout; read so far: " + bytes.toString(StandardCharsets.UTF_8), e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = raw.substring(0, split).toLowerCase();
        String body = raw.substring(split + 4);
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(line.substring(15).strip());
            }
        }
        return head.contains("transfer-encoding: chunked") && body.endsWith("0\r\n\r\n");
    }

    private static String unchunk(String body) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (true) {
            int end = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, end).strip(), 16);
            if (size == 0) {
                return text.toString();
            }
            text.append(body, end + 2, end + 2 + size);
            at = end + 2 + size + 2;
        }
    }

    /** Whether the server answered the upload or closed its connection. */
    private static boolean answeredOrClosed(Socket socket) {
        try {
            socket.setSoTimeout(15_000);
            socket.getInputStream().read();
            return true;
        } catch (SocketTimeoutException stillWaiting) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
