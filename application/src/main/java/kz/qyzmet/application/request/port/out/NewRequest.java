package kz.qyzmet.application.request.port.out;

import java.util.Objects;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * A request to be stored for the first time, with the idempotency key it was handed in under, if any.
 *
 * @param request     the request, with its history so far
 * @param idempotency its key, or null
 */
public record NewRequest(ServiceRequest request, IdempotencyRecord idempotency) {
    public NewRequest {
        Objects.requireNonNull(request, "request: required");
    }
}
