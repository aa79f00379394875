package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.rest.auth.TokenFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's tour, run top to bottom: every {@code $ command} of its {@code bash} blocks is run with bash against
 * one fresh server on the README's fixed clock, and what it prints must be what the README shows below it
 * (request ids, tokens and whitespace aside; {@code …} stands for any text). A README example that drifts fails here.
 * A block fenced {@code ```bash tour-skip} is not run (it needs a restart or files of its own).
 */
class ReadmeTourTest {

    /** The moment the README's outputs were taken at; the tour starts the server with {@code --clock} at it. */
    static final String TOUR_CLOCK = "2026-11-23T16:25:00+05:00";

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TOKEN = Pattern.compile("qz_[A-Za-z0-9_-]{32}");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z][A-Z0-9_]*)=(\\S+)(\\s+#.*)?");

    /** One {@code $ command} and the lines the README shows it printing. */
    record Step(int line, String command, List<String> expected) {
    }

    @Test
    void theTourPrintsWhatTheReadmeShows(@TempDir Path dataDir) throws Exception {
        Assumptions.assumeTrue(System.getenv("CI") != null || (onPath("curl") && onPath("jq")),
                "the README tour needs curl and jq on the PATH");
        List<Step> steps = steps(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertThat(steps).as("the README has a tour").hasSizeGreaterThan(20);

        ServerConfig config = ServerConfig.from(new String[] {"--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir.toString(),
                "--clock", TOUR_CLOCK}, Map.of());
        // what a first start writes: the demo registries and the demo users' tokens (here with tokens this test knows)
        DemoRegistries.write(dataDir, config.clock(), config.zone());
        Map<String, String> environment = new HashMap<>();
        TokenFile.create(dataDir.resolve(QyzmetServer.TOKENS_FILE), DemoTokens.USERS)
                .forEach((user, token) -> environment.put(user.user().toUpperCase(), token));
        List<String> drifts = new ArrayList<>();
        try (QyzmetServer server = QyzmetServer.start(config, config.clock())) {
            String previousOutput = "";
            for (Step step : steps) {
                Matcher assignment = ASSIGNMENT.matcher(step.command());
                if (step.command().contains("qz_…")) {
                    continue; // the tokens: this test wrote them
                }
                if (assignment.matches()) {
                    Matcher id = ID.matcher(previousOutput);
                    assertThat(id.find()).as("README line %d takes an id from the output before it", step.line()).isTrue();
                    environment.put(assignment.group(1), id.group());
                    continue;
                }
                String command = step.command().replace("localhost:8080", "localhost:" + server.port());
                previousOutput = run(command, environment);
                if (!matches(step.expected(), previousOutput)) {
                    drifts.add("README line " + step.line() + ": $ " + step.command() + "\n--- README shows:\n"
                            + String.join("\n", step.expected()) + "\n--- the server printed:\n" + previousOutput);
                }
            }
        }
        assertThat(drifts).as("README examples that drifted").isEmpty();
    }

    /** The {@code $ } commands of the README's bash blocks, each with the output shown under it. */
    static List<Step> steps(List<String> readme) {
        List<Step> steps = new ArrayList<>();
        boolean inBash = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                inBash = !inBash && line.equals("```bash");
                continue;
            }
            if (!inBash || !line.startsWith("$ ")) {
                continue;
            }
            int start = i;
            StringBuilder command = new StringBuilder(line.substring(2));
            while (i + 1 < readme.size() && readme.get(i + 1).startsWith(" ") && !readme.get(i + 1).isBlank()) {
                command.append('\n').append(readme.get(++i));
            }
            List<String> expected = new ArrayList<>();
            while (i + 1 < readme.size() && !readme.get(i + 1).isBlank() && !readme.get(i + 1).startsWith("$ ")
                    && !readme.get(i + 1).startsWith("```")) {
                expected.add(readme.get(++i));
            }
            steps.add(new Step(start + 1, command.toString(), expected));
        }
        return steps;
    }

    /**
     * Whether the output is what the README shows: ids and tokens aside, whitespace aside (the README may set JSON
     * more compactly than jq), a {@code …} standing for any text (also across lines), and a README comment after two
     * spaces ({@code   # …}) not part of the output.
     */
    static boolean matches(List<String> expected, String actual) {
        String shown = expected.stream().map(line -> line.replaceAll("\\s{2,}#\\s.*$", "")).collect(java.util.stream.Collectors.joining("\n"));
        StringBuilder pattern = new StringBuilder();
        for (String piece : squeezed(shown).split("…", -1)) {
            if (pattern.length() > 0) {
                pattern.append(".*");
            }
            pattern.append(Pattern.quote(piece));
        }
        return Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(squeezed(actual)).matches();
    }

    private static String squeezed(String text) {
        return TOKEN.matcher(ID.matcher(text).replaceAll("<id>")).replaceAll("<token>").replaceAll("\\s+", "");
    }

    private static String run(String command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command).redirectErrorStream(true);
        bash.environment().putAll(environment);
        Process process = bash.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no answer within a minute: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String tool) {
        return System.getenv().getOrDefault("PATH", "").lines().findAny().isPresent()
                && java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, tool)));
    }
}
