package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.application.request.port.out.SignatureVerification.SignatureCheck;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link SignatureVerification}: each way a signature fails gives its own typed outcome, and
 * only a signature by the expected person, over exactly these bytes, with a trusted, valid, unrevoked certificate that
 * may sign, is {@link SignatureCheck#VALID}. The adapter author gives the fixtures — signatures made with their own
 * test certification authority (for a GOST verifier, GOST keys) — each over the content given, at
 * {@link #SIGNING_MOMENT}.
 */
public abstract class SignatureVerificationContract {

    /** The signing moment every check is made at: every fixture's certificate but the expired one is valid then. */
    public static final Instant SIGNING_MOMENT = Instant.parse("2026-03-02T05:00:00Z");
    /** The applicant whose signatures are expected. */
    public static final Iin AIGERIM = Iin.of("061211600012");
    /** Another person. */
    public static final Iin NURLAN = Iin.of("960315300011");

    private static final byte[] BODY = "{\"service\":\"803005\",\"channel\":\"EGOV_PORTAL\",\"applicantIin\":\"061211600012\"}"
            .getBytes(StandardCharsets.UTF_8);

    /** The verification under test, trusting the authority the fixtures' good certificates come from. */
    protected abstract SignatureVerification verification();

    /** A detached signature over the content by the person with that IIN, with a good certificate. */
    protected abstract byte[] signedBy(Iin signer, byte[] content);

    /** A signature over the content by that person with a certificate from an authority the verification does not trust. */
    protected abstract byte[] signedUntrusted(Iin signer, byte[] content);

    /** A signature over the content by that person with a certificate that had expired by {@link #SIGNING_MOMENT}. */
    protected abstract byte[] signedWithExpiredCertificate(Iin signer, byte[] content);

    /** A signature over the content by that person with a certificate revoked before {@link #SIGNING_MOMENT}. */
    protected abstract byte[] signedWithRevokedCertificate(Iin signer, byte[] content);

    /** A signature over the content by that person with a certificate whose key may not sign (no digital-signature usage). */
    protected abstract byte[] signedWithoutSigningUsage(Iin signer, byte[] content);

    private SignatureCheck check(byte[] content, byte[] signature, Iin signer) {
        return verification().verify(content, signature, signer, SIGNING_MOMENT);
    }

    @Test
    void theExpectedPersonsSignatureOverTheseBytesIsValid() {
        assertThat(check(BODY, signedBy(AIGERIM, BODY), AIGERIM)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void oneChangedByteOfTheContentIsCaught() {
        byte[] signature = signedBy(AIGERIM, BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] ^= 1;
        assertThat(check(tampered, signature, AIGERIM)).isEqualTo(SignatureCheck.CONTENT_CHANGED);
    }

    @Test
    void aSignatureOverOtherContentIsCaught() {
        byte[] other = "{\"service\":\"803005\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(check(BODY, signedBy(AIGERIM, other), AIGERIM)).isEqualTo(SignatureCheck.CONTENT_CHANGED);
    }

    @Test
    void anotherPersonsSignatureIsAMismatch() {
        assertThat(check(BODY, signedBy(NURLAN, BODY), AIGERIM)).isEqualTo(SignatureCheck.IIN_MISMATCH);
    }

    @Test
    void bytesThatAreNoSignatureAreMalformed() {
        assertThat(check(BODY, "not a signature".getBytes(StandardCharsets.UTF_8), AIGERIM)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(check(BODY, new byte[0], AIGERIM)).as("no bytes").isEqualTo(SignatureCheck.MALFORMED);
        assertThat(check(BODY, null, AIGERIM)).as("no signature").isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void aCertificateOfAnAuthorityNotTrustedIsUntrusted() {
        assertThat(check(BODY, signedUntrusted(AIGERIM, BODY), AIGERIM)).isEqualTo(SignatureCheck.UNTRUSTED);
    }

    @Test
    void aCertificateExpiredAtTheSigningMomentIsExpired() {
        assertThat(check(BODY, signedWithExpiredCertificate(AIGERIM, BODY), AIGERIM)).isEqualTo(SignatureCheck.CERTIFICATE_EXPIRED);
    }

    @Test
    void aRevokedCertificateIsRevoked() {
        assertThat(check(BODY, signedWithRevokedCertificate(AIGERIM, BODY), AIGERIM)).isEqualTo(SignatureCheck.CERTIFICATE_REVOKED);
    }

    @Test
    void aKeyThatMayNotSignIsTheWrongKeyUsage() {
        assertThat(check(BODY, signedWithoutSigningUsage(AIGERIM, BODY), AIGERIM)).isEqualTo(SignatureCheck.WRONG_KEY_USAGE);
    }

    @Test
    void aMissingSignerOrMomentIsRefusedNamingIt() {
        byte[] signature = signedBy(AIGERIM, BODY);
        assertThatThrownBy(() -> verification().verify(BODY, signature, null, SIGNING_MOMENT)).hasMessageStartingWith("signer");
        assertThatThrownBy(() -> verification().verify(BODY, signature, AIGERIM, null)).hasMessageStartingWith("at");
    }
}
