package kz.qyzmet.application.request.port.out;

import java.util.Objects;
import kz.qyzmet.domain.request.RequestId;

/**
 * An idempotency key with the request it created and a fingerprint of the submission, so that a retry with
 * the same body gets the same request and the same key with another body is refused. A key belongs to the
 * account that sent it: two accounts may use the same key for unrelated submissions, and one account cannot
 * learn whether another used a key.
 *
 * @param account     the account that submitted under the key
 * @param key         the client's key
 * @param request     the request it created
 * @param fingerprint a digest of the submission's content
 */
public record IdempotencyRecord(String account, String key, RequestId request, String fingerprint) {
    public IdempotencyRecord {
        Objects.requireNonNull(account, "account: required");
        Objects.requireNonNull(key, "key: required");
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(fingerprint, "fingerprint: required");
    }
}
