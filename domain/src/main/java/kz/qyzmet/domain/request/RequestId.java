package kz.qyzmet.domain.request;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a service request.
 *
 * @param value a UUID
 */
public record RequestId(UUID value) {

    public RequestId {
        Objects.requireNonNull(value, "requestId: required");
    }

    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    /** Parses the canonical UUID form; anything else is rejected naming the field. */
    public static RequestId parse(String text) {
        try {
            if (text == null || text.length() != 36) {
                throw new IllegalArgumentException("length");
            }
            return new RequestId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("requestId: must be a UUID such as 3f0c8f7e-6a1b-4c1e-9f3a-2b7c9d1e0a42");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
