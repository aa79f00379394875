package kz.qyzmet.adapters.signature;

/** A trust file (a CA certificate or a revocation list) that cannot be used, naming the file and the rule it breaks. */
public final class TrustFileException extends RuntimeException {

    public TrustFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public TrustFileException(String message) {
        super(message);
    }
}
