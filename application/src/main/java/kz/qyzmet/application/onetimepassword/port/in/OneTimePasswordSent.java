package kz.qyzmet.application.onetimepassword.port.in;

import java.time.Instant;

/**
 * A one-time password sent.
 *
 * @param phone      the phone it went to, masked (such as +7701*****67)
 * @param validUntil until when it may sign a submission
 */
public record OneTimePasswordSent(String phone, Instant validUntil) {
}
