package kz.qyzmet.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable identifier of a catalog item (a document, a refusal ground, an intake window, a procedure, a
 * version): lower-case Latin words and digits joined by hyphens, such as {@code identity-document}.
 *
 * @param value the identifier
 */
public record CatalogCode(String value) implements Comparable<CatalogCode> {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CatalogCode {
        Objects.requireNonNull(value, "code: required");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("code: must be lower-case words joined by '-', was '" + value + "'");
        }
    }

    public static CatalogCode of(String value) {
        return new CatalogCode(value);
    }

    @Override
    public int compareTo(CatalogCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
