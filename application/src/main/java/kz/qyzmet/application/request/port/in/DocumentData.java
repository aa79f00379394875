package kz.qyzmet.application.request.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * A submitted document: its code in the standard and, where its validity depends on it, its issue date.
 *
 * @param code     such as {@code identity-document}
 * @param issuedOn the issue date, or null
 */
public record DocumentData(@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code, LocalDate issuedOn) {
}
