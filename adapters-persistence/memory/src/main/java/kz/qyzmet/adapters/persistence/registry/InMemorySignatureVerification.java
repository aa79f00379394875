package kz.qyzmet.adapters.persistence.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.domain.request.Iin;

/**
 * Signature verification in memory: a signature is an opaque token registered with the IIN of its
 * certificate and the state of that certificate. Unknown tokens are malformed.
 */
public final class InMemorySignatureVerification implements SignatureVerification {

    private record Certificate(Iin iin, SignatureCheck state) {
    }

    private final Map<String, Certificate> tokens = new ConcurrentHashMap<>();

    /** Registers a token signed with a certificate of that IIN, valid. */
    public InMemorySignatureVerification valid(String token, Iin iin) {
        tokens.put(token, new Certificate(iin, SignatureCheck.VALID));
        return this;
    }

    /** Registers a token signed with a certificate of that IIN that is expired or revoked. */
    public InMemorySignatureVerification invalid(String token, Iin iin, SignatureCheck state) {
        tokens.put(token, new Certificate(iin, state));
        return this;
    }

    @Override
    public SignatureCheck verify(String signature, Iin signer) {
        Certificate certificate = tokens.get(signature);
        if (certificate == null) {
            return SignatureCheck.MALFORMED;
        }
        if (certificate.state() != SignatureCheck.VALID) {
            return certificate.state();
        }
        return certificate.iin().equals(signer) ? SignatureCheck.VALID : SignatureCheck.IIN_MISMATCH;
    }
}
