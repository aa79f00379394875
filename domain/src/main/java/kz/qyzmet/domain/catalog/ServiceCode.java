package kz.qyzmet.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The official code of a state service in the register of state services, such as {@code 803005}
 * (seed 004 lists them).
 *
 * @param value six digits
 */
public record ServiceCode(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{6}");

    public ServiceCode {
        Objects.requireNonNull(value, "code: required");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("code: must be six digits, was '" + value + "'");
        }
    }

    public static ServiceCode of(String value) {
        return new ServiceCode(value);
    }

    /** Whether the text has the form of an official code (six digits). */
    public static boolean isCode(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
