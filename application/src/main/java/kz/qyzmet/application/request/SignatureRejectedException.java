package kz.qyzmet.application.request;

import kz.qyzmet.application.request.port.out.SignatureVerification.SignatureCheck;

/** A submission through an electronic channel whose signature does not verify. */
public final class SignatureRejectedException extends RuntimeException {

    private final SignatureCheck check;

    public SignatureRejectedException(SignatureCheck check) {
        super("signature: " + switch (check) {
            case MALFORMED -> "is not a signature";
            case CERTIFICATE_EXPIRED -> "the certificate has expired";
            case CERTIFICATE_REVOKED -> "the certificate is revoked";
            case IIN_MISMATCH -> "the IIN in the certificate is not the applicant's";
            case VALID -> "is valid";
        });
        this.check = check;
    }

    public SignatureCheck check() {
        return check;
    }
}
