package kz.qyzmet.adapters.persistence.registryfile;

/**
 * A registry file of the data directory breaks a rule: the message names the file, the entry and field (as a path
 * such as {@code powersOfAttorney[1].validTo}) and the rule, never a whole IIN or a name. The bundled server refuses
 * to start on it, before anything is stored.
 */
public final class RegistryFileException extends RuntimeException {

    private final String file;
    private final String path;
    private final String rule;

    /** A rule broken by a registry file, where {@code path} names the entry and field (or {@code (file)}). */
    public RegistryFileException(String file, String path, String rule) {
        super(file + ": " + path + ": " + rule);
        this.file = file;
        this.path = path;
        this.rule = rule;
    }

    /** The file's name in the data directory, such as {@code persons.json}. */
    public String file() {
        return file;
    }

    /** The entry and field, such as {@code persons[2].birthDate}, or {@code (file)} for the file as a whole. */
    public String path() {
        return path;
    }

    /** The rule broken. */
    public String rule() {
        return rule;
    }
}
