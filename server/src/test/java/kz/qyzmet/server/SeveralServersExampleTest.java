package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's "Several servers on one database" commands, read from the README and parsed as the server
 * parses its command line and environment: two servers, two ports and data directories, one database.
 */
class SeveralServersExampleTest {

    @Test
    void theCommandsStartTwoServersOnOneDatabase() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### Several servers on one database"));
        String commands = section.substring(section.indexOf("```bash") + 7, section.indexOf("```", section.indexOf("```bash") + 7));
        Map<String, String> environment = new HashMap<>();
        List<ServerConfig> servers = new ArrayList<>();
        for (String line : commands.strip().split("\n")) {
            List<String> words = List.of(line.strip().split("\\s+"));
            if (words.get(0).equals("export")) {
                words.subList(1, words.size()).forEach(pair -> environment.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
            } else {
                assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "server/target/qyzmet-server.jar");
                servers.add(ServerConfig.from(words.subList(3, words.size()).toArray(String[]::new), environment));
            }
        }
        assertThat(servers).hasSize(2);
        assertThat(servers.get(0).database()).isEqualTo(servers.get(1).database());
        assertThat(servers.get(0).database().url()).startsWith("jdbc:postgresql:");
        assertThat(servers.get(0).database().user()).isEqualTo("qyzmet");
        assertThat(servers.get(0).port()).isNotEqualTo(servers.get(1).port());
        assertThat(servers.get(0).dataDir()).isNotEqualTo(servers.get(1).dataDir());
    }
}
