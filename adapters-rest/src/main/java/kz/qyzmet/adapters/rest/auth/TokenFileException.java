package kz.qyzmet.adapters.rest.auth;

/** A token file that cannot be read or breaks a rule; the message names the entry and the field. */
public final class TokenFileException extends RuntimeException {

    public TokenFileException(String message) {
        super(message);
    }
}
