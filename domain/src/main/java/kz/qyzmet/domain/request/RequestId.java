package kz.qyzmet.domain.request;

import java.time.Instant;
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

    /**
     * A new identity ordered by the moment it is made: a UUID of version 7 (RFC 9562, section 5.7), whose first
     * 48 bits are the Unix time in milliseconds and whose other 74 free bits are random. Identities made later
     * sort later, so a store appends new requests at the end of its indexes instead of at random places in
     * them; two made in the same millisecond are told apart by their random bits, which the caller draws
     * (the domain is handed its randomness, as it is handed the time).
     *
     * @param at     the moment the identity is made
     * @param random a random (version 4) UUID whose bits fill the identity's random part
     */
    public static RequestId timeOrdered(Instant at, UUID random) {
        Objects.requireNonNull(at, "at: required");
        Objects.requireNonNull(random, "random: required");
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
        long low = (random.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new RequestId(new UUID(high, low));
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
