package kz.qyzmet.application.request.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.SchoolGrade;

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
 * @param signing             how the applicant signed: required on the portal, the platform and mobile devices
 * @param idempotencyKey      a key making retries safe: the same key and body give the same request
 * @param filedAt             where the State Corporation office that took it lies relative to the provider; only
 *                            with {@link Channel#STATE_CORPORATION}; null: the provider's location
 * @param grade               the grade applied for, 1 to 11: required where the service's intake windows depend on
 *                            it (school admission), refused for a service whose windows never do
 * @param officeKind          which kind of State Corporation office took it, ordinary or duty department; only with
 *                            {@link Channel#STATE_CORPORATION}; null: an ordinary office
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
        @Valid Signing signing,
        @Pattern(regexp = IDEMPOTENCY_KEY_PATTERN, message = IDEMPOTENCY_KEY_RULE) String idempotencyKey,
        OfficeLocation filedAt,
        @Min(value = SchoolGrade.FIRST, message = GRADE_RULE) @Max(value = SchoolGrade.LAST, message = GRADE_RULE) Integer grade,
        OfficeKind officeKind) implements StatesIntakeOffice {

    /** The rule of {@link #grade()} in words. */
    public static final String GRADE_RULE = "must be a school grade from 1 to 11";

    public SubmitRequestCommand(ActingUser actor, String service, Channel channel, String provider, String applicantIin,
                                RepresentativeData representative, List<DocumentData> documents, boolean personalDataConsent,
                                Signing signing, String idempotencyKey) {
        this(actor, service, channel, provider, applicantIin, representative, documents, personalDataConsent, signing,
                idempotencyKey, null);
    }

    public SubmitRequestCommand(ActingUser actor, String service, Channel channel, String provider, String applicantIin,
                                RepresentativeData representative, List<DocumentData> documents, boolean personalDataConsent,
                                Signing signing, String idempotencyKey, OfficeLocation filedAt) {
        this(actor, service, channel, provider, applicantIin, representative, documents, personalDataConsent, signing,
                idempotencyKey, filedAt, null, null);
    }

    /** What an idempotency key is made of. */
    public static final String IDEMPOTENCY_KEY_PATTERN = "[A-Za-z0-9._:-]{8,100}";
    /** The rule of {@link #IDEMPOTENCY_KEY_PATTERN} in words. */
    public static final String IDEMPOTENCY_KEY_RULE = "must be 8-100 letters, digits, '.', '_', ':' or '-'";

    @Override
    public String toString() {
        return "SubmitRequestCommand[" + actor + ", " + service + ", " + channel + ", " + provider + ", documents " + documents.size() + "]";
    }
}
