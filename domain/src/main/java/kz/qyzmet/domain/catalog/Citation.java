package kz.qyzmet.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;
import kz.qyzmet.domain.language.Language;

/**
 * Where a fact of the catalog comes from: a source document, the place in it, and the words that prove it.
 *
 * @param document the source document's number, such as {@code 002} (see {@code docs/sources/})
 * @param language the language of the quoted text, or null where nothing is quoted
 * @param locator  the place in the document, in English: {@code annex 1, field 3}
 * @param quote    the verbatim words of the source that prove the fact, or null where the fact is an absence
 */
public record Citation(String document, Language language, String locator, String quote) {

    private static final Pattern DOCUMENT = Pattern.compile("\\d{3}");

    public Citation {
        Objects.requireNonNull(document, "document: required");
        if (!DOCUMENT.matcher(document).matches()) {
            throw new IllegalArgumentException("document: must be a three-digit source number such as 002, was '" + document + "'");
        }
        if (locator == null || locator.isBlank()) {
            throw new IllegalArgumentException("at: must name the place in the document");
        }
        if (quote != null && quote.isBlank()) {
            throw new IllegalArgumentException("quote: must not be blank when given");
        }
        if (quote != null && language == null) {
            throw new IllegalArgumentException("lang: required when a quote is given");
        }
    }

    /** A citation of a place without a quote, for facts that are absences. */
    public static Citation of(String document, String locator) {
        return new Citation(document, null, locator, null);
    }

    @Override
    public String toString() {
        return "source " + document + ", " + locator;
    }
}
