package kz.qyzmet.application.admission.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import kz.qyzmet.application.request.port.in.ActingUser;

/**
 * Whose admission to notify, in which order: the applications to the actor's school accepted in a year.
 *
 * @param actor staff of the school
 * @param year  the year of the admission campaign
 */
public record NotificationOrderQuery(@NotNull @Valid ActingUser actor, @Min(2015) @Max(2100) int year) {
}
