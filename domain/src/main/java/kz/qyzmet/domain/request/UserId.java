package kz.qyzmet.domain.request;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user of the deployment (a clerk, a head, an executor, an operator), as its authentication names them.
 * Not personal data: an account name, never an IIN.
 *
 * @param value letters, digits, '.', '_', '-', '@', 1 to 64 characters
 */
public record UserId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public UserId {
        Objects.requireNonNull(value, "user: required");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("user: must be 1-64 letters, digits, '.', '_', '-' or '@'");
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
