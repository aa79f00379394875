package kz.qyzmet.adapters.rest.parameter;

import kz.qyzmet.adapters.rest.problem.BadParameterException;

/** A {@code year} parameter (of the path or the query): four digits; anything else is a 400 naming {@code year}. */
public final class YearParameter {

    private YearParameter() {
    }

    /** The year written in the text. */
    public static int of(String text) {
        if (!text.matches("\\d{4}")) {
            throw new BadParameterException("year", "year", "must be a year of four digits, was '" + BadParameterException.shown(text) + "'");
        }
        return Integer.parseInt(text);
    }
}
