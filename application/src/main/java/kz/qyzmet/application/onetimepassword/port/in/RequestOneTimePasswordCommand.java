package kz.qyzmet.application.onetimepassword.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kz.qyzmet.application.request.port.in.ActingUser;

/**
 * Ask for a one-time password to sign an electronic submission with.
 *
 * @param actor who asks: the applicant (for themselves), or the system account of the platform or of mobile
 *              devices for the applicant it serves
 * @param iin   whose code it is; an applicant may leave it out (their own IIN)
 */
public record RequestOneTimePasswordCommand(@NotNull @Valid ActingUser actor,
                                            @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String iin) {

    @Override
    public String toString() {
        return "RequestOneTimePasswordCommand[" + actor + "]";
    }
}
