package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README, as the tests that run its examples on clocks of their own read it. */
final class ReadmeText {

    private ReadmeText() {
    }

    /** The first place in the README that matches, which must exist: the example the test runs. */
    static Matcher find(String regex, String what) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(Path.of("..", "README.md")));
        assertThat(matcher.find()).as("the README " + what).isTrue();
        return matcher;
    }

    /**
     * Runs a README loop that submits one body per value (the body's two halves around the shell variable) and
     * accepts each: the lines its {@code jq} shows, one per value, made by {@code shown} from the accepted request.
     */
    static List<String> acceptEach(ApiServer api, String user, String key, Matcher body, List<String> values,
                                   BiConsumer<JsonNode, ObjectNode> shown) {
        List<String> lines = new ArrayList<>();
        for (String value : values) {
            String id = api.submitted(user, key + value, body.group(1) + value + body.group(2));
            JsonNode accepted = api.as(user, "POST", "/requests/" + id + "/accept", null, "Accept-Language", "en").body();
            ObjectNode line = new ObjectMapper().createObjectNode();
            shown.accept(accepted, line);
            lines.add(line.toString());
        }
        return lines;
    }
}
