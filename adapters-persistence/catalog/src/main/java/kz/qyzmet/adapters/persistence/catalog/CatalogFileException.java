package kz.qyzmet.adapters.persistence.catalog;

/**
 * A catalog file is malformed or inconsistent. The message names the file, the service, the field (as a
 * JSON path) and the rule that was broken, so that an operator can fix the data without reading code.
 */
public final class CatalogFileException extends RuntimeException {

    private final String file;
    private final String service;
    private final String field;
    private final String rule;

    public CatalogFileException(String file, String service, String field, String rule) {
        super("catalog file " + file + ", service " + (service == null ? "(unknown)" : service)
                + ", field " + field + ": " + rule);
        this.file = file;
        this.service = service;
        this.field = field;
        this.rule = rule;
    }

    /** The file, relative to the catalog's root. */
    public String file() {
        return file;
    }

    /** The service id, where it could be read. */
    public String service() {
        return service;
    }

    /** The field, as a JSON path such as {@code versions[0].terms.EGOV_PORTAL.processing}. */
    public String field() {
        return field;
    }

    /** The rule that was broken. */
    public String rule() {
        return rule;
    }
}
