package kz.qyzmet.application.request.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long a caller is told to wait, in the whole seconds HTTP's {@code Retry-After} takes. */
class StoreBusyExceptionTest {

    private static StoreBusyException after(Duration wait) {
        return new StoreBusyException(StoreBusyException.Maintenance.COMPACTION, wait, "paused");
    }

    @Test
    void theWaitIsRoundedUpToWholeSecondsAndIsAtLeastOne() {
        assertThat(after(Duration.ofSeconds(30)).retryAfterSeconds()).isEqualTo(30);
        assertThat(after(Duration.ofMillis(30_001)).retryAfterSeconds()).isEqualTo(31);
        assertThat(after(Duration.ofMillis(200)).retryAfterSeconds()).isEqualTo(1);
        assertThat(after(Duration.ofNanos(1)).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void aWaitThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retryAfter: must be positive, was PT0S");
        assertThatThrownBy(() -> new StoreBusyException(null, Duration.ofSeconds(1), "paused")).hasMessage("maintenance: required");
    }
}
