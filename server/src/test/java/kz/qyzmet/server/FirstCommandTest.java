package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command starts a working demo: its options, read from the README itself, ask for demo
 * mode and the loopback, and a server started with them (on a free port, in a fresh directory) creates the
 * demo accounts.
 */
class FirstCommandTest {

    @TempDir
    Path data;

    @Test
    void theReadmesFirstCommandStartsADemoOnTheLoopback() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher command = Pattern.compile("java -jar server/target/qyzmet-server\\.jar([^\\n]*)").matcher(readme);
        assertThat(command.find()).as("the README starts the server with java -jar").isTrue();
        String[] options = command.group(1).strip().isEmpty() ? new String[0] : command.group(1).strip().split("\\s+");

        ServerConfig read = ServerConfig.from(options, Map.of());
        assertThat(read.demo()).as("the first command asks for demo mode: %s", Arrays.toString(options)).isTrue();
        assertThat(read.host()).isEqualTo("127.0.0.1");

        ServerConfig config = new ServerConfig(0, read.host(), data, read.catalogDir(), read.calendarDir(), read.zone(), read.database(),
                read.deadlineWatch(), read.demo());
        try (QyzmetServer server = QyzmetServer.start(config, Clock.systemUTC())) {
            assertThat(data.resolve(QyzmetServer.TOKENS_FILE)).exists();
            assertThat(Files.readString(data.resolve(QyzmetServer.TOKENS_FILE))).contains("\"clerk\"", "\"portal\"");
        }
    }
}
