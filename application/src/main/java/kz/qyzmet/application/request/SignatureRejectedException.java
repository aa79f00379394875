package kz.qyzmet.application.request;

import java.util.Objects;
import kz.qyzmet.application.request.port.out.SignatureVerification.SignatureCheck;

/** A submission through an electronic channel whose signature does not verify, with the reason. */
public final class SignatureRejectedException extends RuntimeException {

    private final SignatureCheck check;

    public SignatureRejectedException(SignatureCheck check) {
        super("signature: " + reason(Objects.requireNonNull(check, "check: required")));
        this.check = check;
    }

    /** Why the signature is refused. */
    public SignatureCheck check() {
        return check;
    }

    private static String reason(SignatureCheck check) {
        return switch (check) {
            case MALFORMED -> "is not a detached CMS signature (DER, base64) with the signer's certificate";
            case CONTENT_CHANGED -> "does not sign this content: the body is not the one that was signed";
            case UNTRUSTED -> "the certificate does not chain to a trusted certification authority";
            case CERTIFICATE_EXPIRED -> "the certificate is not valid at the signing moment";
            case CERTIFICATE_REVOKED -> "the certificate is revoked";
            case WRONG_KEY_USAGE -> "the certificate may not sign (it lacks the digitalSignature key usage)";
            case IIN_MISMATCH -> "the IIN in the certificate is not the signer's";
            case VALID -> "is valid";
        };
    }
}
