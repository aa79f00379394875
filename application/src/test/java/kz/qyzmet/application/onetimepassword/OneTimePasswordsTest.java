package kz.qyzmet.application.onetimepassword;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.application.onetimepassword.OneTimePasswordRejectedException.Reason;
import kz.qyzmet.application.onetimepassword.port.in.RequestOneTimePasswordCommand;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The rules of one-time passwords on the use case itself: hashed, five minutes, once, three tries, five an hour. */
class OneTimePasswordsTest {

    private static final Iin AIGERIM = Iin.of("061211600012");
    private static final ActingUser APPLICANT = new ActingUser("aigerim", Role.APPLICANT, null, AIGERIM.value());

    private Instant now = Instant.parse("2025-04-14T05:00:00Z");
    private final List<String> texts = new ArrayList<>();
    private final List<IssuedCode> stored = new ArrayList<>();
    private final OneTimePasswords codes = new OneTimePasswords(iin -> Optional.of("+77011234567"), (phone, text) -> texts.add(text),
            new Stored(), new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            }, new CommandValidator(Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory().getValidator()));

    private static final byte[] KEY = "a test key of thirty-two bytes..".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final class Stored implements IssuedCodes {
        @Override
        public void add(IssuedCode code) {
            stored.add(code);
        }

        @Override
        public List<Instant> issuedSince(Iin iin, Instant since) {
            return stored.stream().map(IssuedCode::issuedAt).filter(at -> at.isAfter(since)).toList();
        }

        @Override
        public Optional<IssuedCode> latest(Iin iin) {
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
        }

        @Override
        public boolean replace(IssuedCode current, IssuedCode next) {
            if (stored.isEmpty() || !stored.get(stored.size() - 1).equals(current)) {
                return false;
            }
            stored.set(stored.size() - 1, next);
            return true;
        }

        @Override
        public byte[] hashKey() {
            return KEY;
        }
    }

    private String send() {
        codes.request(new RequestOneTimePasswordCommand(APPLICANT, null));
        Matcher digits = Pattern.compile("\\d{6}").matcher(texts.get(texts.size() - 1));
        assertThat(digits.find()).isTrue();
        return digits.group();
    }

    @Test
    void aCodeIsStoredOnlyAsAHashAndSignsOnce() {
        String code = send();
        assertThat(stored.get(0).hash()).doesNotContain(code).hasSize(64);
        codes.redeem(AIGERIM, code);
        assertThatThrownBy(() -> codes.redeem(AIGERIM, code)).isInstanceOf(OneTimePasswordRejectedException.class)
                .extracting(e -> ((OneTimePasswordRejectedException) e).reason()).isEqualTo(Reason.ALREADY_USED);
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        String code = send();
        now = now.plus(Duration.ofMinutes(5)).minusSeconds(1);
        String second = send();
        now = now.plus(Duration.ofMinutes(5));
        assertThatThrownBy(() -> codes.redeem(AIGERIM, second)).extracting(e -> ((OneTimePasswordRejectedException) e).reason())
                .isEqualTo(Reason.EXPIRED);
        assertThat(code).hasSize(6);
    }

    @Test
    void threeWrongTriesVoidTheCode() {
        String code = send();
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (Reason expected : List.of(Reason.WRONG, Reason.WRONG, Reason.VOID, Reason.VOID)) {
            assertThatThrownBy(() -> codes.redeem(AIGERIM, wrong)).extracting(e -> ((OneTimePasswordRejectedException) e).reason()).isEqualTo(expected);
        }
        assertThatThrownBy(() -> codes.redeem(AIGERIM, code)).extracting(e -> ((OneTimePasswordRejectedException) e).reason()).isEqualTo(Reason.VOID);
    }

    @Test
    void noCodeAskedIsNoneIssuedAndASixthCodeInAnHourIsRefused() {
        assertThatThrownBy(() -> codes.redeem(AIGERIM, "123456")).extracting(e -> ((OneTimePasswordRejectedException) e).reason())
                .isEqualTo(Reason.NONE_ISSUED);
        for (int i = 0; i < OneTimePasswords.MAX_PER_HOUR; i++) {
            send();
            now = now.plusSeconds(60);
        }
        assertThatThrownBy(this::send).isInstanceOf(TooManyCodesException.class).hasMessageContaining("2025-04-14T06:00:00Z");
        assertThat(texts).hasSize(OneTimePasswords.MAX_PER_HOUR);
    }

    @Test
    void noPhoneNoCode() {
        OneTimePasswords withoutPhones = new OneTimePasswords(iin -> Optional.empty(), (phone, text) -> texts.add(text), new Stored(),
                Clock.systemUTC(), new CommandValidator(Validation.byDefaultProvider().configure()
                        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()));
        assertThatThrownBy(() -> withoutPhones.request(new RequestOneTimePasswordCommand(APPLICANT, null)))
                .isInstanceOf(NoRegisteredPhoneException.class).hasMessageContaining("0612******12").hasMessageNotContaining(AIGERIM.value());
        assertThat(texts).isEmpty();
    }
}
