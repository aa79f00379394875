package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Whose personal cabinet to read.
 *
 * @param actor who asks: an applicant reads their own messages; anyone else has no cabinet
 * @param limit how many messages at most, newest first
 */
public record ListNotificationsQuery(@NotNull @Valid ActingUser actor, @Min(1) @Max(200) int limit) {
}
