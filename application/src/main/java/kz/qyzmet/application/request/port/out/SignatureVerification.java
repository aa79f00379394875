package kz.qyzmet.application.request.port.out;

import java.time.Instant;
import kz.qyzmet.domain.request.Iin;

/**
 * Port out: verification of an electronic digital signature (ЭЦҚ / ЭЦП) over the content it signs: a detached
 * CMS (PKCS#7) signature in DER over the exact bytes of the content, whose signer's certificate chains to a
 * trusted certification authority, is valid and not revoked at the signing moment, may sign (the
 * digital-signature key usage) and carries the expected signer's IIN.
 *
 * <p>The bundled server verifies RSA and ECDSA signatures with BouncyCastle (module
 * {@code qyzmet-adapters-signature}); an embedder replaces this port to verify the Kazakh GOST 34.310
 * signatures of the national certification authority, for example by delegating to an NCANode server.
 */
public interface SignatureVerification {

    /**
     * Verifies a detached signature over the content.
     *
     * @param content   the exact bytes that were signed
     * @param signature the detached CMS signature, DER
     * @param signer    the IIN the signer's certificate must carry
     * @param at        the signing moment, at which the certificate must be valid and not revoked
     * @return {@link SignatureCheck#VALID} or the first reason the signature is refused
     */
    SignatureCheck verify(byte[] content, byte[] signature, Iin signer, Instant at);

    /** The outcome of a verification: valid, or why not. */
    enum SignatureCheck {
        /** The signature verifies on every count. */
        VALID,
        /** The signature is not a detached CMS signature with one signer and the signer's certificate. */
        MALFORMED,
        /** The content is not the content that was signed. */
        CONTENT_CHANGED,
        /** The signer's certificate does not chain to a trusted certification authority. */
        UNTRUSTED,
        /** The signer's certificate is not valid at the signing moment. */
        CERTIFICATE_EXPIRED,
        /** The signer's certificate is on a certification authority's revocation list. */
        CERTIFICATE_REVOKED,
        /** The signer's certificate lacks the digital-signature key usage. */
        WRONG_KEY_USAGE,
        /** The signer's certificate carries another IIN than the expected signer's. */
        IIN_MISMATCH
    }
}
