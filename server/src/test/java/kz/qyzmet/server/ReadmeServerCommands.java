package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server commands of a README section's first {@code bash} block, parsed as the server parses its command line
 * and environment: {@code export} lines set variables for the lines after them, {@code NAME=value} before
 * {@code java} for its own line.
 */
final class ReadmeServerCommands {

    private ReadmeServerCommands() {
    }

    static List<ServerConfig> of(String heading) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf(heading));
        int block = section.indexOf("```bash") + 7;
        String commands = section.substring(block, section.indexOf("```", block));
        Map<String, String> exported = new HashMap<>();
        List<ServerConfig> servers = new ArrayList<>();
        for (String line : commands.strip().split("\n")) {
            List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
            if (words.get(0).equals("export")) {
                words.subList(1, words.size()).forEach(pair -> put(exported, pair));
                continue;
            }
            Map<String, String> environment = new HashMap<>(exported);
            while (words.get(0).contains("=")) {
                put(environment, words.remove(0));
            }
            assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "server/target/qyzmet-server.jar");
            servers.add(ServerConfig.from(words.subList(3, words.size()).toArray(String[]::new), environment));
        }
        return servers;
    }

    private static void put(Map<String, String> environment, String pair) {
        environment.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
}
