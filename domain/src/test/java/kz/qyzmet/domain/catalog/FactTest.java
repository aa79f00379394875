package kz.qyzmet.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/** A fact answers for itself whether it is known or not: each of the two is given its own answer. */
class FactTest {

    private static final Citation SOURCE = new Citation("002", Language.RU, "field 3", "15 рабочих дней");

    @Test
    void aKnownFactAnswersWithItsValueAndSource() {
        Fact<Integer> fact = Fact.known(15, SOURCE);
        assertThat(fact.<String>fold(known -> known.given() + " (" + known.source().document() + ")", unknown -> "unknown: " + unknown.reason()))
                .isEqualTo("15 (002)");
    }

    @Test
    void anUnknownFactAnswersWithItsReason() {
        Fact<Integer> fact = Fact.unknown("no source gives the term");
        assertThat(fact.<String>fold(known -> known.given() + " (" + known.source().document() + ")", unknown -> "unknown: " + unknown.reason()))
                .isEqualTo("unknown: no source gives the term");
    }
}
