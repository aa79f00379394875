package kz.qyzmet.adapters.persistence.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The source documents of {@code docs/sources/}, white space folded, for checking that catalog quotes are
 * the sources' own words.
 */
final class SourceTexts {

    /** The repository's {@code docs/sources}, seen from a module directory (Maven's working directory). */
    static final Path DIRECTORY = Path.of("..", "..", "docs", "sources");

    private final Map<String, String> byDocument = new HashMap<>();

    SourceTexts(Map<String, String> files) {
        files.forEach((doc, file) -> {
            try {
                byDocument.put(doc, fold(Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("source " + doc + " (" + file + ") cannot be read from " + DIRECTORY.toAbsolutePath(), e);
            }
        });
    }

    static SourceTexts ofBuiltInCatalog() {
        return new SourceTexts(JsonCatalogSource.builtIn().sourceFiles());
    }

    /** Whether the document holds the quote, white space aside. */
    boolean contains(String document, String quote) {
        String text = byDocument.get(document);
        if (text == null) {
            throw new IllegalArgumentException("no source document " + document);
        }
        return text.contains(fold(quote));
    }

    static String fold(String text) {
        // (?U): no-break and other Unicode spaces in the sources count as white space too
        return String.join(" ", text.strip().split("(?U)\\s+"));
    }
}
