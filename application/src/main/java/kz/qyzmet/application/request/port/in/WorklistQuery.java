package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import kz.qyzmet.domain.request.RequestStatus;

/**
 * A worklist: the requests an actor may see, filtered.
 *
 * @param actor    who asks: staff see their provider's requests, State Corporation operators those made through
 *                 the State Corporation, applicants their own
 * @param provider only this provider's requests, or null for all the actor may see (staff see only their own provider's)
 * @param statuses only these states; empty for all
 * @param overdue  only requests past their deadline
 * @param atRisk   only requests with less than the configured share of their term left
 * @param page     the page, from 1
 * @param size     requests per page
 */
public record WorklistQuery(@NotNull @Valid ActingUser actor, @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String provider, @NotNull Set<@NotNull RequestStatus> statuses, boolean overdue,
                            boolean atRisk, @Min(1) int page, @Min(1) @Max(200) int size) {
}
