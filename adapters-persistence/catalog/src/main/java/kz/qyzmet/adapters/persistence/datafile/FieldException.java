package kz.qyzmet.adapters.persistence.datafile;

/** A field of a data file breaks a rule; the loader adds the file. */
public final class FieldException extends RuntimeException {

    private final String path;
    private final String rule;

    public FieldException(String path, String rule) {
        super(path + ": " + rule);
        this.path = path;
        this.rule = rule;
    }

    public String path() {
        return path;
    }

    public String rule() {
        return rule;
    }
}
