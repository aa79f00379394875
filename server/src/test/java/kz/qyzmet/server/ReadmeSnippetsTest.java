package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README is code that compiles and runs: the line before it names the file it is
 * ({@code <!-- file: path -->}, the whole file, e.g. a consumer project under {@code examples/}) or the test it
 * comes from ({@code <!-- snippet: path -->}: the lines between {@code // README snippet start} and
 * {@code // README snippet end}, with the imports they use). And every Qyzmet artifact the README names exists.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern MARKER = Pattern.compile("<!-- (file|snippet): (\\S+) -->");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(qyzmet-[a-z-]+)</artifactId>");

    @Test
    void everyJavaBlockIsTheFileItNames() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).equals("```java")) {
                continue;
            }
            blocks++;
            int start = i;
            List<String> block = new ArrayList<>();
            while (!readme.get(++i).equals("```")) {
                block.add(readme.get(i));
            }
            Matcher marker = start > 0 ? MARKER.matcher(readme.get(start - 1)) : MARKER.matcher("");
            if (!marker.matches()) {
                problems.add("README line " + (start + 1) + ": a Java block without <!-- file: … --> or <!-- snippet: … --> before it");
                continue;
            }
            Path file = ROOT.resolve(marker.group(2));
            if (!Files.isRegularFile(file)) {
                problems.add("README line " + (start + 1) + ": no file " + marker.group(2));
                continue;
            }
            String expected = marker.group(1).equals("file") ? Files.readString(file, StandardCharsets.UTF_8).stripTrailing()
                    : snippet(Files.readAllLines(file, StandardCharsets.UTF_8));
            if (!String.join("\n", block).equals(expected)) {
                problems.add("README line " + (start + 1) + " differs from " + marker.group(2) + "; it should read:\n" + expected);
            }
        }
        assertThat(blocks).as("Java blocks in the README").isGreaterThanOrEqualTo(7);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyArtifactTheReadmeNamesIsBuilt() throws IOException {
        Set<String> built = new TreeSet<>();
        Matcher bom = ARTIFACT.matcher(Files.readString(ROOT.resolve("bom/pom.xml")));
        while (bom.find()) {
            built.add(bom.group(1));
        }
        Set<String> named = new TreeSet<>();
        Matcher readme = ARTIFACT.matcher(Files.readString(ROOT.resolve("README.md")));
        while (readme.find()) {
            named.add(readme.group(1));
        }
        assertThat(built).contains("qyzmet-embedded", "qyzmet-storage-contract", "qyzmet-persistence-jdbc");
        assertThat(named).isNotEmpty();
        assertThat(built).containsAll(named.stream().filter(name -> !name.equals("qyzmet-bom")).collect(Collectors.toSet()));
    }

    /** The marked lines of a test, dedented, after the imports they use. */
    static String snippet(List<String> lines) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// README snippet start")) {
                start = i;
            } else if (lines.get(i).contains("// README snippet end")) {
                end = i;
            }
        }
        assertThat(start).as("a // README snippet start line").isNotNegative();
        assertThat(end).as("a // README snippet end line after it").isGreaterThan(start);
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        String code = body.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).collect(Collectors.joining("\n"));
        List<String> imports = lines.stream()
                .filter(line -> line.startsWith("import ") && !line.startsWith("import static "))
                .filter(line -> {
                    String type = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
                    return Pattern.compile("\\b" + Pattern.quote(type) + "\\b").matcher(code).find();
                })
                .toList();
        return imports.isEmpty() ? code : String.join("\n", imports) + "\n\n" + code;
    }
}
