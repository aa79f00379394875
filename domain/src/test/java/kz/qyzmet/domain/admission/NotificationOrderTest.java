package kz.qyzmet.domain.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three of the school's own territory, then one of another registered earlier, and again (000 annex 1 field 5). */
class NotificationOrderTest {

    private static final Instant T0 = Instant.parse("2025-04-01T04:00:00Z");

    private static Candidate<String> own(String name, int minute) {
        return new Candidate<>(name, Candidate.Territory.OWN, T0.plusSeconds(60L * minute));
    }

    private static Candidate<String> other(String name, int minute) {
        return new Candidate<>(name, Candidate.Territory.OTHER, T0.plusSeconds(60L * minute));
    }

    private static List<String> names(List<Candidate<String>> ordered) {
        return ordered.stream().map(Candidate::request).toList();
    }

    @Test
    void threeOwnThenOneOtherEachInOrderOfRegistration() {
        List<Candidate<String>> candidates = new ArrayList<>(List.of(
                other("x1", 1), own("a1", 2), own("a2", 3), other("x2", 4), own("a3", 5), own("a4", 6),
                own("a5", 7), own("a6", 8), other("x3", 9), own("a7", 10)));
        java.util.Collections.shuffle(candidates, new java.util.Random(7));
        assertThat(names(NotificationOrder.order(candidates)))
                .containsExactly("a1", "a2", "a3", "x1", "a4", "a5", "a6", "x2", "a7", "x3");
    }

    @Test
    void whenOneTerritoryRunsOutTheOtherFollowsAndUnknownComeLast() {
        List<Candidate<String>> candidates = List.of(own("a1", 5), other("x1", 1), other("x2", 2), other("x3", 3),
                new Candidate<>("u1", Candidate.Territory.UNKNOWN, T0), own("a2", 6));
        assertThat(names(NotificationOrder.order(candidates))).containsExactly("a1", "a2", "x1", "x2", "x3", "u1");
        assertThat(NotificationOrder.order(List.<Candidate<String>>of())).isEmpty();
    }

    @Test
    void theRuleCitesItsSource() {
        assertThat(NotificationOrder.SOURCE.document()).isEqualTo("000");
        assertThat(NotificationOrder.SOURCE.quote()).contains("өз аумағынан өтініш берген үш").contains("басқа аумақтан");
    }
}
