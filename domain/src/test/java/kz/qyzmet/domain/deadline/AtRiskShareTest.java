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
    void theFirstAtRiskMomentIsTheFirstSecondAtWhichTheInequalityHolds() {
        for (int perMille : new int[] {1, 199, 200, 333, 500, 999}) {
            AtRiskShare share = new AtRiskShare(perMille);
            for (Instant due : new Instant[] {DUE, DUE.plusSeconds(7), DUE.plusNanos(400_000_000), START.plusSeconds(3), START.plusSeconds(86_400 * 15L + 1)}) {
                Instant from = share.atRiskFrom(START, due).orElseThrow();
                assertThat(share.atRisk(START, due, from)).as("%s/1000 of %s: at risk from %s", perMille, due, from).isTrue();
                assertThat(share.atRisk(START, due, from.minusNanos(1))).as("%s/1000 of %s: not before %s", perMille, due, from).isFalse();
                assertThat(from).isBeforeOrEqualTo(due);
            }
        }
        assertThat(AtRiskShare.DEFAULT.atRiskFrom(START, DUE)).contains(DUE.minusSeconds(199));
        assertThat(AtRiskShare.DEFAULT.atRiskFrom(START, START)).as("a term of nothing is never at risk").isEmpty();
        assertThat(AtRiskShare.DEFAULT.atRiskFrom(DUE, START)).isEmpty();
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
