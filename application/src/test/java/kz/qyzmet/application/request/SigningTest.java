package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.application.request.port.in.Signing;
import org.junit.jupiter.api.Test;

/** Each way of signing answers for itself: a digital signature with its bytes, a one-time password with its code. */
class SigningTest {

    private static String describe(Signing signing) {
        return signing.fold(signature -> "EDS of " + signature.signature().length + " bytes", code -> "code " + code.code());
    }

    @Test
    void eachWayOfSigningIsAnsweredAsItself() {
        assertThat(describe(new Signing.DigitalSignature(new byte[] {1, 2, 3}, new byte[] {4, 5}))).isEqualTo("EDS of 2 bytes");
        assertThat(describe(new Signing.OneTimePassword("123456"))).isEqualTo("code 123456");
    }
}
