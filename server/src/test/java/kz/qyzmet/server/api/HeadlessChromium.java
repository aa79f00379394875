package kz.qyzmet.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests that look at a rendered page: {@code /usr/bin/chromium} (override with
 * QYZMET_TEST_CHROMIUM). Without it the tests are skipped with a message — except under CI=true, where they
 * must run. Each run gets a fresh profile directory and no network features.
 */
final class HeadlessChromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("QYZMET_TEST_CHROMIUM", "/usr/bin/chromium"));
    private static final long TIMEOUT_SECONDS = 90;

    private HeadlessChromium() {
    }

    /** Skips (or, under CI, fails) when Chromium is not installed. */
    static void require() {
        if (Files.isExecutable(EXECUTABLE)) {
            return;
        }
        String message = "Chromium is not installed at " + EXECUTABLE + "; install it with 'apt-get install -y chromium'";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true requires the Chromium tests to run: " + message);
        }
        Assumptions.abort(message);
    }

    /** Screenshots the page at the URL into the PNG file, in a window of the given size. */
    static void screenshot(String url, Path png, int width, int height, Path work) {
        run(work, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, url));
    }

    /** The DOM of the page at the URL after rendering. */
    static String dumpDom(String url, Path work) {
        return run(work, List.of("--dump-dom", url));
    }

    private static String run(Path work, List<String> arguments) {
        try {
            Path profile = Files.createTempDirectory(work, "chromium-profile");
            Path output = Files.createTempFile(work, "chromium", ".out");
            List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile.toAbsolutePath()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
