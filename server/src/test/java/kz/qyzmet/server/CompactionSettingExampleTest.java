package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's "Disk use of the embedded database" commands, read from the README and parsed as the server parses
 * its command line and environment: a compaction at 02:30, and none.
 */
class CompactionSettingExampleTest {

    @Test
    void theCommandsCompactAtHalfPastTwoOrNever() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### Disk use of the embedded database"));
        String commands = section.substring(section.indexOf("```bash") + 7, section.indexOf("```", section.indexOf("```bash") + 7));
        List<ServerConfig> servers = new ArrayList<>();
        for (String line : commands.strip().split("\n")) {
            List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
            Map<String, String> environment = new HashMap<>();
            while (words.get(0).contains("=")) {
                String pair = words.remove(0);
                environment.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "server/target/qyzmet-server.jar");
            servers.add(ServerConfig.from(words.subList(3, words.size()).toArray(String[]::new), environment));
        }
        assertThat(servers).extracting(ServerConfig::compactAt).containsExactly(LocalTime.of(2, 30), null);
        assertThat(servers).extracting(ServerConfig::database).containsOnlyNulls();
    }
}
