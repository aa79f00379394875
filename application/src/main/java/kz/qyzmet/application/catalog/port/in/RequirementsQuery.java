package kz.qyzmet.application.catalog.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import kz.qyzmet.domain.catalog.Channel;

/**
 * Which requirements to list: a service, a channel, a day.
 *
 * @param service the service's id or official code
 * @param channel the channel the applicant uses
 * @param on      the day whose version in force applies
 */
public record RequirementsQuery(@NotBlank String service, @NotNull Channel channel, @NotNull LocalDate on) {
}
