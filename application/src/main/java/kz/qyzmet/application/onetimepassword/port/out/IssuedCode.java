package kz.qyzmet.application.onetimepassword.port.out;

import java.time.Instant;
import java.util.Objects;
import kz.qyzmet.domain.request.Iin;

/**
 * A one-time password as it is stored: never the code itself, only its keyed hash, with when it was issued,
 * until when it is valid, how many wrong tries it has had and whether it was used.
 *
 * @param iin        whose it is
 * @param hash       the keyed hash of the code
 * @param issuedAt   when it was sent
 * @param validUntil until when it is valid
 * @param wrongTries how many wrong codes were tried against it
 * @param used       whether it signed a submission
 */
public record IssuedCode(Iin iin, String hash, Instant issuedAt, Instant validUntil, int wrongTries, boolean used) {

    public IssuedCode {
        Objects.requireNonNull(iin, "iin: required");
        Objects.requireNonNull(hash, "hash: required");
        Objects.requireNonNull(issuedAt, "issuedAt: required");
        Objects.requireNonNull(validUntil, "validUntil: required");
        if (wrongTries < 0) {
            throw new IllegalArgumentException("wrongTries: must not be negative, was " + wrongTries);
        }
    }

    /** The same code after one more wrong try. */
    public IssuedCode triedWrong() {
        return new IssuedCode(iin, hash, issuedAt, validUntil, wrongTries + 1, used);
    }

    /** The same code, used. */
    public IssuedCode markedUsed() {
        return new IssuedCode(iin, hash, issuedAt, validUntil, wrongTries, true);
    }

    @Override
    public String toString() {
        return "IssuedCode[" + iin.masked() + ", " + issuedAt + ", tries " + wrongTries + (used ? ", used" : "") + "]";
    }
}
