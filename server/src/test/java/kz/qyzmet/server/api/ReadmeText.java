package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
