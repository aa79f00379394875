package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kz.qyzmet.domain.catalog.Channel;

/**
 * Hand in a request for a service.
 *
 * @param actor               who hands it in: the applicant (or their representative), or an intake officer
 *                            or State Corporation operator entering it for them
 * @param service             the service's id or official code
 * @param channel             the channel
 * @param provider            the provider it is addressed to
 * @param applicantIin        the applicant's IIN
 * @param representative      the representative, or null
 * @param documents           the documents handed in
 * @param personalDataConsent consent to the use of restricted personal data
 * @param signature           the electronic signature, required on the portal, the platform and mobile devices
 * @param idempotencyKey      a key making retries safe: the same key and body give the same request
 */
public record SubmitRequestCommand(
        @NotNull @Valid ActingUser actor,
        @NotBlank String service,
        @NotNull Channel channel,
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String provider,
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String applicantIin,
        @Valid RepresentativeData representative,
        @NotNull @Size(max = 50) List<@NotNull @Valid DocumentData> documents,
        boolean personalDataConsent,
        @Size(max = 20000) String signature,
        @Pattern(regexp = IDEMPOTENCY_KEY_PATTERN, message = IDEMPOTENCY_KEY_RULE) String idempotencyKey) {

    /** What an idempotency key is made of. */
    public static final String IDEMPOTENCY_KEY_PATTERN = "[A-Za-z0-9._:-]{8,100}";
    /** The rule of {@link #IDEMPOTENCY_KEY_PATTERN} in words. */
    public static final String IDEMPOTENCY_KEY_RULE = "must be 8-100 letters, digits, '.', '_', ':' or '-'";

    @Override
    public String toString() {
        return "SubmitRequestCommand[" + actor + ", " + service + ", " + channel + ", " + provider + ", documents " + documents.size() + "]";
    }
}
