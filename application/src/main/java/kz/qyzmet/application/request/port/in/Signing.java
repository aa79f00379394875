package kz.qyzmet.application.request.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.function.Function;

/**
 * How the applicant signs an electronic submission (portal, platform, mobile device): with an electronic digital
 * signature (ЭЦҚ / ЭЦП) over the exact bytes of the submission, or with a one-time password sent to the phone
 * registered for them in the mobile citizens' database.
 */
public sealed interface Signing permits Signing.DigitalSignature, Signing.OneTimePassword {

    /** One answer for a digital signature and another for a one-time password: each way of signing is answered. */
    <R> R fold(Function<? super DigitalSignature, ? extends R> ifSignature, Function<? super OneTimePassword, ? extends R> ifPassword);

    /**
     * A detached CMS (PKCS#7) signature in DER over the content.
     *
     * @param content   the exact bytes signed: the body of the submission as it was sent
     * @param signature the detached CMS signature, DER
     */
    record DigitalSignature(@NotNull byte[] content, @NotNull @Size(min = 1, max = 16_384) byte[] signature) implements Signing {

        public DigitalSignature {
            content = content == null ? null : content.clone();
            signature = signature == null ? null : signature.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DigitalSignature that && Arrays.equals(content, that.content) && Arrays.equals(signature, that.signature);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(content) + Arrays.hashCode(signature);
        }

        @Override
        public <R> R fold(Function<? super DigitalSignature, ? extends R> ifSignature,
                          Function<? super OneTimePassword, ? extends R> ifPassword) {
            return ifSignature.apply(this);
        }

        @Override
        public String toString() {
            return "DigitalSignature[" + signature.length + " bytes over " + content.length + " bytes]";
        }
    }

    /**
     * A one-time password the applicant asked for and received by SMS.
     *
     * @param code the six digits
     */
    record OneTimePassword(@NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) implements Signing {

        @Override
        public <R> R fold(Function<? super DigitalSignature, ? extends R> ifSignature,
                          Function<? super OneTimePassword, ? extends R> ifPassword) {
            return ifPassword.apply(this);
        }

        @Override
        public String toString() {
            return "OneTimePassword[******]";
        }
    }
}
