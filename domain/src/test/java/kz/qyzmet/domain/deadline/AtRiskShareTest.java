package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AtRiskShareTest {

    private static final Instant START = Instant.parse("2026-03-02T04:00:00Z");
    private static final Instant DUE = START.plusSeconds(1000);

    @Test
    void aTermIsAtRiskFromTheSecondLessThanTheShareIsLeftUntilItsDueSecond() {
        AtRiskShare fifth = AtRiskShare.DEFAULT;
        assertThat(fifth.atRisk(START, DUE, DUE.minusSeconds(200))).as("exactly a fifth left").isFalse();
        assertThat(fifth.atRisk(START, DUE, DUE.minusSeconds(199))).as("less than a fifth left").isTrue();
        assertThat(fifth.atRisk(START, DUE, DUE)).as("on the due second").isTrue();
        assertThat(fifth.atRisk(START, DUE, DUE.plusSeconds(1))).as("past due: overdue, not at risk").isFalse();
        assertThat(fifth.atRisk(START, DUE, START)).as("the whole term left").isFalse();
    }

    @Test
    void theShareIsHeldInThousandthsStrictlyBetweenNothingAndTheWholeTerm() {
        assertThat(AtRiskShare.of(0.2)).isEqualTo(AtRiskShare.DEFAULT);
        assertThat(AtRiskShare.DEFAULT.perMille()).isEqualTo(200);
        assertThat(AtRiskShare.of(0.25).share()).isEqualTo(0.25);
        for (double share : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> AtRiskShare.of(share)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("atRiskShare: must lie strictly between 0 and 1");
        }
        assertThatThrownBy(() -> new AtRiskShare(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atRiskShare").hasMessageContaining("1 to 999");
    }
}
