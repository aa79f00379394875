package kz.qyzmet.domain.request;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A provider (a school, a kindergarten, an education department) as the deployment identifies it: its BIN
 * or a stable slug.
 *
 * @param value lower-case Latin letters, digits and hyphens, 1 to 64 characters
 */
public record ProviderId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ProviderId {
        Objects.requireNonNull(value, "provider: required");
        if (value.length() > 64 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("provider: must be lower-case letters, digits and '-', at most 64 characters");
        }
    }

    public static ProviderId of(String value) {
        return new ProviderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
