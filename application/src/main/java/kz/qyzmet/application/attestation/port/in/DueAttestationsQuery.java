package kz.qyzmet.application.attestation.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import kz.qyzmet.application.request.port.in.ActingUser;

/**
 * Which teachers are due for attestation: those of the actor's provider, on a day.
 *
 * @param actor staff of the provider (or the system)
 * @param on    the day
 */
public record DueAttestationsQuery(@NotNull @Valid ActingUser actor, @NotNull LocalDate on) {
}
