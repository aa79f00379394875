package kz.qyzmet.adapters.persistence.registryfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.adapters.persistence.datafile.FieldException;
import kz.qyzmet.domain.request.Iin;

/**
 * One registry file of a data directory: a JSON object with one array of entries, all read and checked before the
 * registry is built, so that a broken file builds nothing.
 */
final class RegistryFile {

    private RegistryFile() {
    }

    /**
     * Reads the file's array of entries and builds the registry from them; empty where there is no such file.
     *
     * @throws RegistryFileException naming the file, the entry, the field and the rule
     */
    static <T> Optional<T> read(DataDirectory directory, String file, String array, Function<List<Field>, T> builder) {
        try {
            return directory.read(file).map(json -> builder.apply(new Field(json, "").allowOnly(array).required(array).elements()));
        } catch (FieldException e) {
            throw new RegistryFileException(file, e.path(), e.rule());
        }
    }

    /** An IIN field: twelve digits with a valid check digit (the rejection never repeats the number). */
    static Iin iin(Field field) {
        String text = field.text();
        return field.build(() -> Iin.of(text));
    }

    /** Keeps track of one key per entry, rejecting the second entry with the same key. */
    static final class Unique<K> {
        private final Map<K, Integer> seen = new HashMap<>();

        /** Records the key of entry {@code index} read from {@code field}. */
        void add(K key, Field field, int index) {
            Integer earlier = seen.putIfAbsent(key, index);
            if (earlier != null) {
                throw field.broken("the same as entry " + earlier + "'s; each must appear once");
            }
        }
    }
}
