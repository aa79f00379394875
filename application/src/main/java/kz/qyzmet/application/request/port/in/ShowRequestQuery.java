package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Which request to show, to whom.
 *
 * @param actor     who asks
 * @param requestId the request
 */
public record ShowRequestQuery(@NotNull @Valid ActingUser actor, @NotNull UUID requestId) {
}
