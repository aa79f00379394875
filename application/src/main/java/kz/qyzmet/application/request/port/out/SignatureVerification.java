package kz.qyzmet.application.request.port.out;

import kz.qyzmet.domain.request.Iin;

/**
 * Port out: verification of an electronic digital signature (ЭЦҚ / ЭЦП) as the regulations describe it: the
 * certificate is valid and not revoked, and the IIN in it is the applicant's.
 */
public interface SignatureVerification {

    SignatureCheck verify(String signature, Iin signer);

    /** The outcome of a verification. */
    enum SignatureCheck {
        VALID,
        MALFORMED,
        CERTIFICATE_EXPIRED,
        CERTIFICATE_REVOKED,
        IIN_MISMATCH
    }
}
