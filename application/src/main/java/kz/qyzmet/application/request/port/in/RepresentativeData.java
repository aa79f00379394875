package kz.qyzmet.application.request.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A representative acting under a notarised power of attorney.
 *
 * @param iin             the representative's IIN
 * @param powerOfAttorney the power of attorney's registry number
 */
public record RepresentativeData(
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin,
        @NotNull @Pattern(regexp = "[A-Za-z0-9/._-]{1,40}") String powerOfAttorney) {

    @Override
    public String toString() {
        return "RepresentativeData[iin masked, " + powerOfAttorney + "]";
    }
}
