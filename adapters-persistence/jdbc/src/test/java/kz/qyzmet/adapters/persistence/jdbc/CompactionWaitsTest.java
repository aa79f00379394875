package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits of a compaction are positive durations, and the defaults are those the README gives. */
class CompactionWaitsTest {

    @Test
    void theDefaultsAreThirtySecondsForCallersAndTenForTheTransactionsInFlight() {
        assertThat(CompactionWaits.DEFAULT).isEqualTo(new CompactionWaits(Duration.ofSeconds(30), Duration.ofSeconds(10)));
    }

    @Test
    void aWaitThatIsNotPositiveIsRefusedNamingItsField() {
        assertThatThrownBy(() -> new CompactionWaits(Duration.ZERO, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("callers: must be a positive duration, was PT0S");
        assertThatThrownBy(() -> new CompactionWaits(Duration.ofSeconds(30), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("inFlight: must be a positive duration, was PT-1S");
        assertThatThrownBy(() -> new CompactionWaits(null, Duration.ofSeconds(10)))
                .isInstanceOf(NullPointerException.class).hasMessage("callers: required");
    }
}
