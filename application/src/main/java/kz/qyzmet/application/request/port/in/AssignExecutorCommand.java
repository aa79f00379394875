package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * The head's resolution: name the executor.
 *
 * @param actor            the head
 * @param requestId        the request
 * @param executor         the executor's account, or null for the executor the provider configured for the service
 * @param expectedRevision the revision the caller saw, or null
 */
public record AssignExecutorCommand(@NotNull @Valid ActingUser actor, @NotNull UUID requestId,
                                    @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}") String executor, @Min(1) Integer expectedRevision) {
}
