package kz.qyzmet.application.onetimepassword;

import java.util.Objects;

/** A submission whose one-time password does not sign it, with the reason. */
public final class OneTimePasswordRejectedException extends RuntimeException {

    /** Why a one-time password is refused. */
    public enum Reason {
        /** No code was asked for this IIN. */
        NONE_ISSUED,
        /** The code's five minutes are over. */
        EXPIRED,
        /** The code already signed a submission. */
        ALREADY_USED,
        /** The code is not the one sent. */
        WRONG,
        /** Three wrong codes were tried: the code is void. */
        VOID
    }

    private final Reason reason;

    public OneTimePasswordRejectedException(Reason reason, int triesLeft) {
        super("oneTimePassword: " + switch (Objects.requireNonNull(reason, "reason: required")) {
            case NONE_ISSUED -> "no one-time password was asked for this applicant; ask for one first";
            case EXPIRED -> "the one-time password has expired (it is valid " + OneTimePasswords.VALIDITY.toMinutes() + " minutes); ask for a new one";
            case ALREADY_USED -> "the one-time password was already used; ask for a new one";
            case WRONG -> "is not the code sent; " + triesLeft + (triesLeft == 1 ? " try" : " tries") + " left";
            case VOID -> "the one-time password is void after " + OneTimePasswords.MAX_WRONG_TRIES + " wrong tries; ask for a new one";
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
