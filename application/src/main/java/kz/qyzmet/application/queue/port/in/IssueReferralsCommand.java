package kz.qyzmet.application.queue.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.qyzmet.application.request.port.in.ActingUser;

/**
 * Places freed in a pre-school organisation: refer the first children of the actor's queue to it.
 *
 * @param actor        staff of the provider keeping the queue
 * @param organisation the pre-school organisation with free places
 * @param places       how many places are free
 */
public record IssueReferralsCommand(@NotNull @Valid ActingUser actor, @NotBlank @Size(max = 200) String organisation,
                                    @Min(1) @Max(500) int places) {
}
