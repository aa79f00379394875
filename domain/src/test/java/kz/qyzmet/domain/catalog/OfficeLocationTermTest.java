package kz.qyzmet.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 004 plan row 5 item 8: 3 working days at a State Corporation office at the provider's location, 7 elsewhere. */
class OfficeLocationTermTest {

    private final Fact<ProcessingTerm> three = Fact.known(new ProcessingTerm.WorkingDays(3, false), Fixtures.SOURCE);
    private final Fact<ProcessingTerm> seven = Fact.known(new ProcessingTerm.WorkingDays(7, false), Fixtures.SOURCE);

    @Test
    void awayFromTheProviderTheLongerTermApplies() {
        ChannelTerms terms = new ChannelTerms(three, Fact.unknown("n/a"), Fact.unknown("n/a"), seven);
        assertThat(terms.processing(OfficeLocation.AWAY_FROM_PROVIDER)).isEqualTo(seven);
        assertThat(terms.processing(OfficeLocation.PROVIDER_LOCATION)).isEqualTo(three);
        assertThat(terms.processing(null)).as("not stated: the provider's location").isEqualTo(three);
    }

    @Test
    void whereTheStandardDrawsNoDistinctionTheOneTermApplies() {
        ChannelTerms terms = new ChannelTerms(three, Fact.unknown("n/a"), Fact.unknown("n/a"));
        assertThat(terms.processing(OfficeLocation.AWAY_FROM_PROVIDER)).isEqualTo(three);
    }
}
