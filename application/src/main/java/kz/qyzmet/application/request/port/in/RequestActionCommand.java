package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * An action on a request that needs nothing but who takes it: accept, start review, approve, mark ready,
 * issue, hand over, return to provider, re-request, withdraw.
 *
 * @param actor            who takes it
 * @param requestId        the request
 * @param expectedRevision the revision the caller saw (HTTP If-Match), or null not to check
 */
public record RequestActionCommand(@NotNull @Valid ActingUser actor, @NotNull UUID requestId, @Min(1) Integer expectedRevision) {
}
