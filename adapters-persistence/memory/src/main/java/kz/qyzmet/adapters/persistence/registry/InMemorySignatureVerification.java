package kz.qyzmet.adapters.persistence.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.domain.request.Iin;

/**
 * Signature verification in memory, a test double: a signature is an opaque token registered with the IIN of its
 * certificate, the state of that certificate and, optionally, the content it signs. Unknown tokens are malformed.
 */
public final class InMemorySignatureVerification implements SignatureVerification {

    private record Certificate(Iin iin, SignatureCheck state, byte[] content) {
    }

    private final Map<String, Certificate> tokens = new ConcurrentHashMap<>();

    /** Registers a token signed with a valid certificate of that IIN, over any content. */
    public InMemorySignatureVerification valid(String token, Iin iin) {
        tokens.put(token, new Certificate(iin, SignatureCheck.VALID, null));
        return this;
    }

    /** Registers a token signed with a valid certificate of that IIN over exactly that content. */
    public InMemorySignatureVerification valid(String token, Iin iin, byte[] content) {
        tokens.put(token, new Certificate(iin, SignatureCheck.VALID, content.clone()));
        return this;
    }

    /** Registers a token whose verification fails for that reason. */
    public InMemorySignatureVerification invalid(String token, Iin iin, SignatureCheck state) {
        tokens.put(token, new Certificate(iin, state, null));
        return this;
    }

    @Override
    public SignatureCheck verify(byte[] content, byte[] signature, Iin signer, Instant at) {
        Objects.requireNonNull(signer, "signer: required");
        Objects.requireNonNull(at, "at: required");
        if (content == null || signature == null) {
            return SignatureCheck.MALFORMED;
        }
        Certificate certificate = tokens.get(new String(signature, StandardCharsets.UTF_8));
        if (certificate == null) {
            return SignatureCheck.MALFORMED;
        }
        if (certificate.content() != null && !Arrays.equals(certificate.content(), content)) {
            return SignatureCheck.CONTENT_CHANGED;
        }
        if (certificate.state() != SignatureCheck.VALID) {
            return certificate.state();
        }
        return certificate.iin().equals(signer) ? SignatureCheck.VALID : SignatureCheck.IIN_MISMATCH;
    }
}
