package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.ServerConfig;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section "Electronic submissions: signatures and one-time passwords", run: a first start that
 * creates the demo tokens and signing material, the README's body signed by {@code openssl cms -sign} exactly as
 * written there with the demo key, submitted; then the same signature over a changed body and under another key;
 * then the code flow to the demo applicant's phone of the demo mobile-citizens.json. Needs openssl on the PATH; without it the test is skipped, except under {@code CI=true}.
 */
class ElectronicSubmissionExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void thePortalSubmissionSignedWithOpensslAndTheCodeFlowOfTheReadme() throws Exception {
        requireOpenssl();
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Electronic submissions: signatures and one-time passwords"));
        String body = between(section, "$ cat > portal.json <<'JSON'\n", "\nJSON\n") + "\n";
        String opensslLine = between(section, "$ openssl cms", "\n");

        Path data = work.resolve("data");
        String printed;
        QyzmetServer server;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            server = QyzmetServer.start(new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null,
                            ServerConfig.DEFAULT_DEADLINE_WATCH, true), // --demo, as the README's example starts it
                    new MutableClock(2026, 12, 5, 10, 0));
        } finally {
            System.setOut(out);
            printed = captured.toString(StandardCharsets.UTF_8);
        }
        try (server) {
            String aigerim = token(printed, "aigerim");
            assertThat(data.resolve("demo/aigerim.crt")).exists();
            assertThat(data.resolve("demo/aigerim.key")).exists();
            Files.writeString(work.resolve("portal.json"), body);
            run(("openssl cms" + opensslLine).replace("data/", data + "/"));
            String signature = Base64.getEncoder().encodeToString(Files.readAllBytes(work.resolve("portal.sig")));

            JsonNode submitted = post(server, aigerim, "portal-2026-0001", Files.readAllBytes(work.resolve("portal.json")),
                    "Qyzmet-Signature", signature);
            assertThat(submitted.get("status").asText() + " " + submitted.get("channel").asText()).isEqualTo("SUBMITTED EGOV_PORTAL");
            assertThat(section).contains("{\"status\":\"SUBMITTED\",\"channel\":\"EGOV_PORTAL\"}");

            assertThat(section).contains("$ sed 's/school-1/school-2/' portal.json > changed.json");
            byte[] changed = body.replace("school-1", "school-2").getBytes(StandardCharsets.UTF_8);
            assertThat(post(server, aigerim, "portal-2026-0002", changed, "Qyzmet-Signature", signature).get("type").asText())
                    .isEqualTo("/problems/signature-content-changed");
            assertThat(post(server, aigerim, "portal-2026-0003", body.getBytes(StandardCharsets.UTF_8), "Qyzmet-Signature", signature)
                    .get("type").asText()).isEqualTo("/problems/signature-replayed");

            JsonNode sent = post(server, aigerim, null, null);
            assertThat(sent.toString()).isEqualTo("{\"sentTo\":\"+7701*****01\",\"validUntil\":\"2026-12-05T10:05:00+05:00\"}");
            assertThat(section).contains(sent.toString());
            List<String> outbox = Files.readAllLines(data.resolve(QyzmetServer.SMS_OUTBOX_FILE));
            Matcher code = Pattern.compile("[0-9]{6}").matcher(JSON.readTree(outbox.get(outbox.size() - 1)).get("text").asText());
            assertThat(code.find()).isTrue();
            JsonNode signedByCode = post(server, aigerim, "portal-2026-0004", body.getBytes(StandardCharsets.UTF_8),
                    "Qyzmet-One-Time-Password", code.group());
            assertThat(signedByCode.get("status").asText() + " " + signedByCode.get("channel").asText()).isEqualTo("SUBMITTED EGOV_PORTAL");
        }
    }

    private static void requireOpenssl() {
        boolean present;
        try {
            present = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            present = false;
        }
        if (!present && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("openssl is not on the PATH: the README's openssl example is not run here (under CI=true it must be)");
        }
        assertThat(present).as("openssl on the PATH (CI=true)").isTrue();
    }

    private void run(String commandLine) throws Exception {
        List<String> command = new ArrayList<>(List.of(commandLine.trim().split("\\s+")));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("openssl finishes").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", commandLine, output).isZero();
    }

    /** POSTs a submission (with a key) or, without one, asks for a one-time password. */
    private static JsonNode post(QyzmetServer server, String token, String key, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + (key == null ? "/one-time-passwords" : "/requests")))
                .header("Authorization", "Bearer " + token)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Idempotency-Key", key).header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String token(String printed, String user) {
        Matcher matcher = Pattern.compile("(?m)^\\s+" + user + "\\s+\\S+\\s+(qz_\\S+)$").matcher(printed);
        assertThat(matcher.find()).as("the token of %s in %s", user, printed).isTrue();
        return matcher.group(1);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("the README has %s", start).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
