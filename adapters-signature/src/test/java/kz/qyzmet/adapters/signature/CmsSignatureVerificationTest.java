package kz.qyzmet.adapters.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kz.qyzmet.adapters.signature.SigningAuthority.Signer;
import kz.qyzmet.application.request.port.out.SignatureVerification.SignatureCheck;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reason a detached CMS signature is refused, and the one way it is valid. */
class CmsSignatureVerificationTest {

    private static final Iin AIGERIM = Iin.of("061211600012");
    private static final Iin NURLAN = Iin.of("960315300011");
    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2035-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");
    private static final byte[] BODY = "{\"service\":\"803005\",\"channel\":\"EGOV_PORTAL\"}".getBytes(StandardCharsets.UTF_8);

    private static SigningAuthority authority;
    private static Signer aigerim;

    @BeforeAll
    static void issue() {
        authority = SigningAuthority.create("Qyzmet test CA", FROM, UNTIL);
        aigerim = authority.issue("Aigerim", AIGERIM.value(), FROM, UNTIL, true);
    }

    private static CmsSignatureVerification trusting(SigningAuthority... authorities) {
        TrustMaterial trust = TrustMaterial.none();
        for (SigningAuthority each : authorities) {
            trust = trust.trusting(each.certificate());
        }
        return new CmsSignatureVerification(trust);
    }

    @Test
    void aSignatureOverTheseBytesByTheApplicantIsValid() {
        assertThat(trusting(authority).verify(BODY, aigerim.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void oneChangedByteOfTheContentIsCaught() {
        byte[] changed = BODY.clone();
        changed[5] ^= 1;
        assertThat(trusting(authority).verify(changed, aigerim.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.CONTENT_CHANGED);
    }

    @Test
    void bytesThatAreNoCmsSignatureAreMalformed() {
        assertThat(trusting(authority).verify(BODY, "not a signature".getBytes(StandardCharsets.UTF_8), AIGERIM, NOW))
                .isEqualTo(SignatureCheck.MALFORMED);
        byte[] cut = aigerim.sign(BODY);
        assertThat(trusting(authority).verify(BODY, java.util.Arrays.copyOf(cut, cut.length / 2), AIGERIM, NOW)).isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void aCertificateOfAnAuthorityNotTrustedIsUntrusted() {
        SigningAuthority other = SigningAuthority.create("Someone else's CA", FROM, UNTIL);
        Signer stranger = other.issue("Aigerim", AIGERIM.value(), FROM, UNTIL, true);
        assertThat(trusting(authority).verify(BODY, stranger.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.UNTRUSTED);
        assertThat(trusting().verify(BODY, aigerim.sign(BODY), AIGERIM, NOW)).as("nothing trusted").isEqualTo(SignatureCheck.UNTRUSTED);
    }

    @Test
    void aCertificateOutsideItsValidityAtTheSigningMomentIsExpired() {
        Signer expired = authority.issue("Aigerim", AIGERIM.value(), FROM, Instant.parse("2021-01-01T00:00:00Z"), true);
        assertThat(trusting(authority).verify(BODY, expired.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.CERTIFICATE_EXPIRED);
        assertThat(trusting(authority).verify(BODY, aigerim.sign(BODY), AIGERIM, Instant.parse("2019-06-01T00:00:00Z")))
                .as("not yet valid").isEqualTo(SignatureCheck.CERTIFICATE_EXPIRED);
    }

    @Test
    void aCertificateOnItsIssuersRevocationListIsRevoked() {
        Signer revoked = authority.issue("Aigerim", AIGERIM.value(), FROM, UNTIL, true);
        TrustMaterial trust = new TrustMaterial(List.of(authority.certificate()),
                List.of(authority.revocationList(NOW.minusSeconds(3600), List.of(revoked.certificate()))));
        CmsSignatureVerification verification = new CmsSignatureVerification(trust);
        assertThat(verification.verify(BODY, revoked.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.CERTIFICATE_REVOKED);
        assertThat(verification.verify(BODY, aigerim.sign(BODY), AIGERIM, NOW)).as("not listed").isEqualTo(SignatureCheck.VALID);
        assertThat(verification.verify(BODY, revoked.sign(BODY), AIGERIM, NOW.minusSeconds(7200)))
                .as("signed before it was revoked").isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aKeyWithoutTheDigitalSignatureUsageMayNotSign() {
        Signer encipherOnly = authority.issue("Aigerim", AIGERIM.value(), FROM, UNTIL, false);
        assertThat(trusting(authority).verify(BODY, encipherOnly.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.WRONG_KEY_USAGE);
    }

    @Test
    void anotherPersonsCertificateOrOneWithoutAnIinIsAMismatch() {
        assertThat(trusting(authority).verify(BODY, aigerim.sign(BODY), NURLAN, NOW)).isEqualTo(SignatureCheck.IIN_MISMATCH);
        Signer noIin = authority.issue("Aigerim", null, FROM, UNTIL, true);
        assertThat(trusting(authority).verify(BODY, noIin.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.IIN_MISMATCH);
    }

    @Test
    void theTrustDirectoryGivesAuthoritiesAndRevocationLists(@TempDir Path dir) throws Exception {
        Signer revoked = authority.issue("Aigerim", AIGERIM.value(), FROM, UNTIL, true);
        Files.writeString(dir.resolve("test-ca.pem"), SigningAuthority.pem(authority.certificate()));
        Files.writeString(dir.resolve("test-ca.crl"), SigningAuthority.pem(authority.revocationList(NOW.minusSeconds(60), List.of(revoked.certificate()))));
        Files.writeString(dir.resolve("README.txt"), "ignored");
        TrustMaterial trust = TrustMaterial.read(dir);
        assertThat(trust.authorities()).containsExactly(authority.certificate());
        assertThat(trust.revocations()).hasSize(1);
        assertThat(new CmsSignatureVerification(trust).verify(BODY, revoked.sign(BODY), AIGERIM, NOW)).isEqualTo(SignatureCheck.CERTIFICATE_REVOKED);
        assertThat(TrustMaterial.read(dir.resolve("absent")).authorities()).isEmpty();
    }

    @Test
    void aBrokenTrustFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> TrustMaterial.read(dir)).isInstanceOf(TrustFileException.class).hasMessageContaining("broken.pem");
        Files.delete(dir.resolve("broken.pem"));
        Files.writeString(dir.resolve("person.pem"), SigningAuthority.pem(aigerim.certificate()));
        assertThatThrownBy(() -> TrustMaterial.read(dir)).isInstanceOf(TrustFileException.class)
                .hasMessageContaining("person.pem").hasMessageContaining("not a certification authority");
    }
}
