package kz.qyzmet.adapters.signature;

import java.time.Instant;
import java.util.List;
import kz.qyzmet.adapters.persistence.contract.SignatureVerificationContract;
import kz.qyzmet.adapters.signature.SigningAuthority.Signer;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.BeforeAll;

/**
 * The signature verification contract on the BouncyCastle verifier, with a test certification authority it trusts
 * (with its revocation list) and one it does not; each fixture is a detached CMS signature made with a certificate
 * issued for the case.
 */
class CmsSignatureVerificationContractTest extends SignatureVerificationContract {

    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2035-01-01T00:00:00Z");

    private static SigningAuthority trusted;
    private static SigningAuthority stranger;
    private static Signer revoked;
    private static CmsSignatureVerification verification;

    @BeforeAll
    static void authorities() {
        trusted = SigningAuthority.create("Qyzmet contract test CA", FROM, UNTIL);
        stranger = SigningAuthority.create("Someone else's CA", FROM, UNTIL);
        revoked = trusted.issue("Aigerim", AIGERIM.value(), FROM, UNTIL, true);
        verification = new CmsSignatureVerification(new TrustMaterial(List.of(trusted.certificate()),
                List.of(trusted.revocationList(SIGNING_MOMENT.minusSeconds(3600), List.of(revoked.certificate())))));
    }

    @Override
    protected SignatureVerification verification() {
        return verification;
    }

    @Override
    protected byte[] signedBy(Iin signer, byte[] content) {
        return trusted.issue("Holder", signer.value(), FROM, UNTIL, true).sign(content);
    }

    @Override
    protected byte[] signedUntrusted(Iin signer, byte[] content) {
        return stranger.issue("Holder", signer.value(), FROM, UNTIL, true).sign(content);
    }

    @Override
    protected byte[] signedWithExpiredCertificate(Iin signer, byte[] content) {
        return trusted.issue("Holder", signer.value(), FROM, SIGNING_MOMENT.minusSeconds(86_400), true).sign(content);
    }

    @Override
    protected byte[] signedWithRevokedCertificate(Iin signer, byte[] content) {
        if (!signer.equals(AIGERIM)) {
            throw new IllegalArgumentException("signer: the revoked fixture certificate is Aigerim's");
        }
        return revoked.sign(content);
    }

    @Override
    protected byte[] signedWithoutSigningUsage(Iin signer, byte[] content) {
        return trusted.issue("Holder", signer.value(), FROM, UNTIL, false).sign(content);
    }
}
