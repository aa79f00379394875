package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A refusal citing grounds of the standard: a motivated refusal after review, or a refusal at intake.
 *
 * @param actor            who refuses
 * @param requestId        the request
 * @param grounds          codes of refusal grounds of the governing version, at least one
 * @param motivation       why, in words (required for a motivated refusal)
 * @param expectedRevision the revision the caller saw, or null
 */
public record RefuseCommand(@NotNull @Valid ActingUser actor, @NotNull UUID requestId,
                            @NotEmpty List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> grounds,
                            @NotBlank @Size(max = 4000) String motivation, @Min(1) Integer expectedRevision) {
}
