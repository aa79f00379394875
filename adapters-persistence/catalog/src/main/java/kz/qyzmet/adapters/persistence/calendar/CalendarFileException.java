package kz.qyzmet.adapters.persistence.calendar;

/**
 * A calendar data file is malformed or inconsistent: the message names the file, the field and the rule.
 */
public final class CalendarFileException extends RuntimeException {

    private final String file;
    private final String field;
    private final String rule;

    public CalendarFileException(String file, String field, String rule) {
        super("calendar file " + file + ", field " + field + ": " + rule);
        this.file = file;
        this.field = field;
        this.rule = rule;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
