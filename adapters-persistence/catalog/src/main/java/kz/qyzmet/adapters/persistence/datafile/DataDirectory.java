package kz.qyzmet.adapters.persistence.datafile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a set of JSON data files lies: a folder on the class path (the built-in data) or a directory of a
 * deployment. Reads one JSON object per file, rejecting duplicate keys; a malformed file is a
 * {@link FieldException} at its line and column.
 */
public final class DataDirectory {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Opener opener;
    private final Path directory;
    private final String description;

    private DataDirectory(Opener opener, Path directory, String description) {
        this.opener = opener;
        this.directory = directory;
        this.description = description;
    }

    /** A folder on the class path, such as {@code qyzmet/catalog/}. */
    public static DataDirectory classpath(String root) {
        ClassLoader loader = DataDirectory.class.getClassLoader();
        return new DataDirectory(file -> loader.getResourceAsStream(root + file), null, "the built-in data (" + root + ")");
    }

    /** A directory on disk. */
    public static DataDirectory of(Path root) {
        Objects.requireNonNull(root, "root: required");
        return new DataDirectory(file -> {
            try {
                return Files.newInputStream(root.resolve(file));
            } catch (NoSuchFileException e) {
                return null;
            }
        }, root, root.toString());
    }

    /** The file's JSON object, or empty where there is no such file. */
    public Optional<JsonNode> read(String file) {
        try (InputStream in = opener.open(file)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(in);
            if (node == null || !node.isObject()) {
                throw new FieldException("(file)", "must hold one JSON object");
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "(file)"
                    : "(line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new FieldException(where, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("data file " + file + " in " + description + ": cannot be read", e);
        }
    }

    /** The file's JSON object; a missing file is a {@link FieldException}. */
    public JsonNode require(String file) {
        return read(file).orElseThrow(() -> new FieldException("(file)", "file not found"));
    }

    /**
     * The names of the files in a folder, where the directory can be listed (a directory on disk); empty
     * for the class path, whose folders cannot be listed reliably.
     */
    public Optional<List<String>> list(String folder) {
        if (directory == null) {
            return Optional.empty();
        }
        Path path = directory.resolve(folder);
        if (!Files.isDirectory(path)) {
            return Optional.of(List.of());
        }
        try (Stream<Path> files = Files.list(path)) {
            return Optional.of(files.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(folder + " in " + description + ": cannot be listed", e);
        }
    }

    @Override
    public String toString() {
        return description;
    }

    @FunctionalInterface
    private interface Opener {
        /** The file's content, or null where there is no such file. */
        InputStream open(String file) throws IOException;
    }
}
