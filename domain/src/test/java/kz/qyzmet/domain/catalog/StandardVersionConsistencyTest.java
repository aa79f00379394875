package kz.qyzmet.domain.catalog;

import static kz.qyzmet.domain.catalog.Fixtures.SOURCE;
import static kz.qyzmet.domain.catalog.Fixtures.origin;
import static kz.qyzmet.domain.catalog.Fixtures.terms;
import static kz.qyzmet.domain.catalog.Fixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A version's per-channel fields agree with its channels, and its codes are unique. */
class StandardVersionConsistencyTest {

    private final VersionOrigin origin = origin("v", LocalDate.of(2020, 10, 30));
    private final ServiceId service = ServiceId.of("education-document-duplicate");

    @Test
    void everyChannelHasItsTermsAndNoOtherChannelDoes() {
        assertThatThrownBy(() -> version(origin, Set.of(Channel.PROVIDER_OFFICE, Channel.STATE_CORPORATION),
                Map.of(Channel.PROVIDER_OFFICE, terms(ProcessingTerm.workingDays(15)))))
                .hasMessageContaining("terms: must have exactly one entry per channel");
        assertThatThrownBy(() -> version(origin, Set.of(Channel.PROVIDER_OFFICE), Map.of(
                Channel.PROVIDER_OFFICE, terms(ProcessingTerm.workingDays(15)),
                Channel.MOBILE, terms(ProcessingTerm.workingDays(15)))))
                .hasMessageContaining("terms: must have exactly one entry per channel");
    }

    @Test
    void askingForAChannelTheStandardDoesNotOfferIsAnError() {
        StandardVersion version = version(origin);
        assertThat(version.offers(Channel.PROVIDER_OFFICE)).isTrue();
        assertThat(version.termsFor(service, Channel.PROVIDER_OFFICE).processing().value())
                .contains(ProcessingTerm.workingDays(15));
        assertThatThrownBy(() -> version.requirementsFor(service, Channel.MOBILE))
                .isInstanceOf(ChannelNotOfferedException.class)
                .hasMessage("channel: education-document-duplicate is not offered via MOBILE; it is offered via [PROVIDER_OFFICE]");
    }

    @Test
    void aChannelWithoutAListOfDocumentsAnswersUnknown() {
        assertThat(version(origin).requirementsFor(service, Channel.PROVIDER_OFFICE)).isInstanceOf(Fact.Unknown.class);
    }

    @Test
    void refusalGroundsAreFoundByCode() {
        StandardVersion version = version(origin);
        assertThat(version.refusalGround(CatalogCode.of("incomplete-package"))).isPresent();
        assertThat(version.refusalGround(CatalogCode.of("class-overfilled"))).isEmpty();
    }

    @Test
    void theVersionsCollectionsCannotBeChangedFromOutside() {
        StandardVersion version = version(origin);
        assertThatThrownBy(() -> version.terms().put(Channel.MOBILE, terms(ProcessingTerm.minutes(30))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(version.fee().value()).contains(Fee.FREE);
        assertThat(SOURCE.document()).isEqualTo("002");
    }
}
