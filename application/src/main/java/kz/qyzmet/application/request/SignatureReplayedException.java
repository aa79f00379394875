package kz.qyzmet.application.request;

/** A signature that was already taken by another submission: a signature signs one submission only. */
public final class SignatureReplayedException extends RuntimeException {

    public SignatureReplayedException() {
        super("signature: was already used for another submission; sign this submission anew");
    }
}
