package kz.qyzmet.application.catalog.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * Which standard to show: a service by id or official code, as in force on a day, or one version by id
 * (variants included).
 *
 * @param service the service's id ({@code education-document-duplicate}) or official code ({@code 803005})
 * @param on      the day whose version in force is wanted
 * @param version a version id, overriding {@code on}; null for the version in force
 */
public record ShowStandardQuery(
        @NotBlank String service,
        @NotNull LocalDate on,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a version id such as 003-regulation-1") String version) {

    /** The version in force on a day. */
    public static ShowStandardQuery inForce(String service, LocalDate on) {
        return new ShowStandardQuery(service, on, null);
    }
}
