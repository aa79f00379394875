package kz.qyzmet.adapters.persistence.catalog;

/** A field of a catalog file breaks a rule; the loader adds the file and the service. */
final class FieldException extends RuntimeException {

    private final String path;
    private final String rule;

    FieldException(String path, String rule) {
        super(path + ": " + rule);
        this.path = path;
        this.rule = rule;
    }

    String path() {
        return path;
    }

    String rule() {
        return rule;
    }
}
