package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.ServerConfig;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The README's "Trying them with the demo files", run on the registry files the server writes on its first start:
 * the representative's request on the demo power of attorney is accepted, and under a number the file does not
 * hold it is refused at intake.
 */
class DemoRegistriesTourTest extends ServerPerTest {

    @Test
    void theReadmesRepresentativeRequestIsAcceptedOnTheDemoPowerOfAttorney() throws Exception {
        MutableClock clock = new MutableClock(2026, 11, 23, 16, 25);
        // The first start writes the demo tokens and the demo registries; the tokens printed then are not known here,
        // so the token file is replaced by the tests' own before the second start (the registry files stay).
        try (QyzmetServer first = QyzmetServer.start(new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null, ServerConfig.DEFAULT_DEADLINE_WATCH, true), clock)) {
            assertThat(first.port()).isPositive();
        }
        Files.delete(data.resolve(QyzmetServer.TOKENS_FILE));
        start(clock);

        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### Trying them with the demo files"));
        Matcher body = Pattern.compile("-d '(\\{.*?\\})'", Pattern.DOTALL).matcher(section);
        assertThat(body.find()).isTrue();
        Matcher shown = Pattern.compile("\\n(\\{\"status\":\"ACCEPTED\".*)\\n").matcher(section);
        assertThat(shown.find()).isTrue();
        ObjectMapper json = new ObjectMapper();

        String id = api.submitted("clerk", "school-1-2026-0002", body.group(1));
        JsonNode accepted = api.act("clerk", id, "accept", null).body();
        JsonNode expected = json.readTree(shown.group(1));
        assertThat(accepted.get("status")).isEqualTo(expected.get("status"));
        assertThat(accepted.get("applicant")).isEqualTo(expected.get("applicant"));

        String refusedId = api.submitted("clerk", "school-1-2026-0003", body.group(1).replace("DEMO-POA/1", "DEMO-POA/2"));
        JsonNode refused = api.act("clerk", refusedId, "accept", null).body();
        assertThat(refused.get("status").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(refused.at("/history/1/details/reasons/0")).isEqualTo(
                json.readTree("{\"kind\":\"PowerOfAttorneyNotConfirmed\",\"powerOfAttorney\":\"DEMO-POA/2\"}"));
        assertThat(section).contains("{\"kind\":\"PowerOfAttorneyNotConfirmed\",\"powerOfAttorney\":\"DEMO-POA/2\"}");
    }
}
