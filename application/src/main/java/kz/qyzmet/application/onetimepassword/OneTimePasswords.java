package kz.qyzmet.application.onetimepassword;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kz.qyzmet.application.onetimepassword.OneTimePasswordRejectedException.Reason;
import kz.qyzmet.application.onetimepassword.port.in.OneTimePasswordSent;
import kz.qyzmet.application.onetimepassword.port.in.RequestOneTimePasswordCommand;
import kz.qyzmet.application.onetimepassword.port.in.RequestOneTimePasswordUseCase;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.Iin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time passwords, the standards' alternative to an EDS for signing an electronic submission: six digits from a
 * secure random source sent by SMS to the phone the mobile citizens' database holds for the IIN, stored only as a
 * keyed hash, valid {@link #VALIDITY}, used once, void after {@link #MAX_WRONG_TRIES} wrong tries, at most
 * {@link #MAX_PER_HOUR} per IIN per hour. A new code replaces the IIN's earlier one.
 */
public final class OneTimePasswords implements RequestOneTimePasswordUseCase {

    /** How long a code is valid. */
    public static final Duration VALIDITY = Duration.ofMinutes(5);
    /** The wrong tries after which a code is void. */
    public static final int MAX_WRONG_TRIES = 3;
    /** The codes an IIN may be sent per hour. */
    public static final int MAX_PER_HOUR = 5;

    private static final Logger LOG = LoggerFactory.getLogger(OneTimePasswords.class);
    private static final Duration HOUR = Duration.ofHours(1);

    private final MobileCitizens mobileCitizens;
    private final SmsGateway sms;
    private final IssuedCodes codes;
    private final Clock clock;
    private final CommandValidator validator;
    private final SecureRandom random = new SecureRandom();
    private final Object[] locks = new Object[64];

    public OneTimePasswords(MobileCitizens mobileCitizens, SmsGateway sms, IssuedCodes codes, Clock clock, CommandValidator validator) {
        this.mobileCitizens = Objects.requireNonNull(mobileCitizens, "mobileCitizens: required");
        this.sms = Objects.requireNonNull(sms, "sms: required");
        this.codes = Objects.requireNonNull(codes, "codes: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    @Override
    public OneTimePasswordSent request(RequestOneTimePasswordCommand command) {
        validator.valid(command);
        Iin iin = whose(command);
        String phone = mobileCitizens.phoneOf(iin).orElseThrow(() -> new NoRegisteredPhoneException(iin));
        Instant now = clock.instant();
        String code;
        IssuedCode issued;
        synchronized (lockOf(iin)) {
            List<Instant> lastHour = codes.issuedSince(iin, now.minus(HOUR));
            if (lastHour.size() >= MAX_PER_HOUR) {
                throw new TooManyCodesException(MAX_PER_HOUR, lastHour.get(lastHour.size() - MAX_PER_HOUR).plus(HOUR));
            }
            code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
            issued = new IssuedCode(iin, hash(iin, code), now, now.plus(VALIDITY), 0, false);
            codes.add(issued);
        }
        sms.send(phone, "Qyzmet: " + code + " — өтінішке қол қоюға арналған бір реттік құпия сөз / одноразовый пароль для подписи заявления ("
                + VALIDITY.toMinutes() + " мин). Ешкімге айтпаңыз / Никому не сообщайте.");
        LOG.info("One-time password sent for {} to {} by {}", iin.masked(), masked(phone), command.actor().user());
        return new OneTimePasswordSent(masked(phone), issued.validUntil());
    }

    /**
     * Takes the IIN's code to sign a submission: it must be the latest code sent, unused, within its validity and
     * not void; a wrong code counts a try.
     *
     * @throws OneTimePasswordRejectedException with the reason, when it does not sign
     */
    public void redeem(Iin iin, String code) {
        Objects.requireNonNull(iin, "iin: required");
        Instant now = clock.instant();
        synchronized (lockOf(iin)) {
            // another server sharing the store may record a try on the same code: replace only what was read, else read again
            while (true) {
                IssuedCode issued = codes.latest(iin).orElseThrow(() -> new OneTimePasswordRejectedException(Reason.NONE_ISSUED, 0));
                if (issued.used()) {
                    throw new OneTimePasswordRejectedException(Reason.ALREADY_USED, 0);
                }
                if (issued.wrongTries() >= MAX_WRONG_TRIES) {
                    throw new OneTimePasswordRejectedException(Reason.VOID, 0);
                }
                if (!now.isBefore(issued.validUntil())) {
                    throw new OneTimePasswordRejectedException(Reason.EXPIRED, 0);
                }
                if (code == null || !MessageDigest.isEqual(issued.hash().getBytes(StandardCharsets.US_ASCII),
                        hash(iin, code).getBytes(StandardCharsets.US_ASCII))) {
                    IssuedCode tried = issued.triedWrong();
                    if (!codes.replace(issued, tried)) {
                        continue;
                    }
                    LOG.info("Wrong one-time password for {} ({} of {})", iin.masked(), tried.wrongTries(), MAX_WRONG_TRIES);
                    throw new OneTimePasswordRejectedException(tried.wrongTries() >= MAX_WRONG_TRIES ? Reason.VOID : Reason.WRONG,
                            MAX_WRONG_TRIES - tried.wrongTries());
                }
                if (codes.replace(issued, issued.markedUsed())) {
                    return;
                }
            }
        }
    }

    /** Whose code is asked: the applicant's own, or, for the platform's or mobile devices' system account, the IIN given. */
    private static Iin whose(RequestOneTimePasswordCommand command) {
        ActingUser actor = command.actor();
        String iin = switch (actor.role()) {
            case APPLICANT -> {
                if (command.iin() != null && !command.iin().equals(actor.iin())) {
                    throw new ForbiddenActionException(Action.ACCEPT, actor.role(), "iin: an applicant asks a one-time password for their own IIN only");
                }
                yield actor.iin();
            }
            case SYSTEM -> {
                if (actor.channel() != Channel.PLATFORM && actor.channel() != Channel.MOBILE) {
                    throw new ForbiddenActionException(Action.ACCEPT, actor.role(),
                            "role: only the system account of the platform or of mobile devices asks one-time passwords for applicants");
                }
                if (command.iin() == null) {
                    throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("iin", "NotNull", "the applicant's IIN is required")));
                }
                yield command.iin();
            }
            default -> throw new ForbiddenActionException(Action.ACCEPT, actor.role(),
                    "role: " + actor.role() + " hands in at a counter, where no one-time password is needed");
        };
        try {
            return Iin.of(iin);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("iin", "Iin", e.getMessage())));
        }
    }

    private Object lockOf(Iin iin) {
        return locks[Math.floorMod(iin.hashCode(), locks.length)];
    }

    private String hash(Iin iin, String code) {
        // keyed with the store's secret, so that a hash of six digits cannot be reversed by trying all of them without it
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(codes.hashKey());
            return HexFormat.of().formatHex(digest.digest((iin.value() + ":" + code).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The phone with its middle hidden, as +7701*****67. */
    static String masked(String phone) {
        return phone.length() <= 7 ? "*".repeat(phone.length()) : phone.substring(0, 5) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 2);
    }
}
