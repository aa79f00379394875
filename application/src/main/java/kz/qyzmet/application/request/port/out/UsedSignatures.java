package kz.qyzmet.application.request.port.out;

import java.time.Instant;

/**
 * Port out: the signatures already taken, by the SHA-256 digest of their bytes, so that a signature signs one
 * submission only. A submission is named by its idempotency key, so that its own retries are not replays.
 */
public interface UsedSignatures {

    /**
     * Takes a signature for a submission, atomically.
     *
     * @param digest     the signature's SHA-256 digest, 64 lowercase hex digits
     * @param submission the submission taking it: its idempotency key, or another identity unique to it
     * @param at         when
     * @return true when the signature was free or is already this submission's; false when another has it
     */
    boolean take(String digest, String submission, Instant at);
}
