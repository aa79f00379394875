package kz.qyzmet.application.request.port.out;

import java.util.Objects;
import kz.qyzmet.domain.request.RequestId;

/**
 * An idempotency key with the request it created and a fingerprint of the submission, so that a retry with
 * the same body gets the same request and the same key with another body is refused.
 *
 * @param key         the client's key
 * @param request     the request it created
 * @param fingerprint a digest of the submission's content
 */
public record IdempotencyRecord(String key, RequestId request, String fingerprint) {
    public IdempotencyRecord {
        Objects.requireNonNull(key, "key: required");
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(fingerprint, "fingerprint: required");
    }
}
