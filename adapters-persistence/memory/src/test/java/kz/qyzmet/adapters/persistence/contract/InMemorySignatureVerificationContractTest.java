package kz.qyzmet.adapters.persistence.contract;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qyzmet.adapters.persistence.registry.InMemorySignatureVerification;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.application.request.port.out.SignatureVerification.SignatureCheck;
import kz.qyzmet.domain.request.Iin;

/** The signature verification contract on the in-memory test double: each fixture is a token registered with its outcome. */
class InMemorySignatureVerificationContractTest extends SignatureVerificationContract {

    private final InMemorySignatureVerification verification = new InMemorySignatureVerification();
    private final AtomicInteger tokens = new AtomicInteger();

    @Override
    protected SignatureVerification verification() {
        return verification;
    }

    private byte[] token() {
        return ("token-" + tokens.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected byte[] signedBy(Iin signer, byte[] content) {
        byte[] token = token();
        verification.valid(new String(token, StandardCharsets.UTF_8), signer, content);
        return token;
    }

    private byte[] failing(Iin signer, SignatureCheck outcome) {
        byte[] token = token();
        verification.invalid(new String(token, StandardCharsets.UTF_8), signer, outcome);
        return token;
    }

    @Override
    protected byte[] signedUntrusted(Iin signer, byte[] content) {
        return failing(signer, SignatureCheck.UNTRUSTED);
    }

    @Override
    protected byte[] signedWithExpiredCertificate(Iin signer, byte[] content) {
        return failing(signer, SignatureCheck.CERTIFICATE_EXPIRED);
    }

    @Override
    protected byte[] signedWithRevokedCertificate(Iin signer, byte[] content) {
        return failing(signer, SignatureCheck.CERTIFICATE_REVOKED);
    }

    @Override
    protected byte[] signedWithoutSigningUsage(Iin signer, byte[] content) {
        return failing(signer, SignatureCheck.WRONG_KEY_USAGE);
    }
}
