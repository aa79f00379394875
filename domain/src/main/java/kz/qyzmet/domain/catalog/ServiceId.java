package kz.qyzmet.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable id of a service, used in URLs, data files and code: {@code education-document-duplicate}.
 *
 * @param value the id
 */
public record ServiceId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z]+(-[a-z]+)*");

    public ServiceId {
        Objects.requireNonNull(value, "id: required");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("id: must be lower-case Latin words joined by '-', was '" + value + "'");
        }
    }

    public static ServiceId of(String value) {
        return new ServiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
