package kz.qyzmet.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.qyzmet.application.catalog.port.in.ChannelRequirements;
import kz.qyzmet.application.catalog.port.in.RequirementsQuery;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import org.junit.jupiter.api.Test;

/** The catalog use cases through their ports: lookups by id or code, by date, by version, per channel. */
class CatalogQueriesTest {

    private final CatalogServices queries = new CatalogServices(TwoVersionCatalog::catalog, TwoVersionCatalog.validator());

    @Test
    void listsTheServices() {
        assertThat(queries.listServices()).extracting(s -> s.id().value()).containsExactly("education-document-duplicate");
    }

    @Test
    void showsTheVersionInForceOnTheDayByIdOrByCode() {
        assertThat(queries.showStandard(ShowStandardQuery.inForce("803005", LocalDate.of(2019, 6, 1))).version().id().value())
                .isEqualTo("v2015");
        assertThat(queries.showStandard(ShowStandardQuery.inForce("education-document-duplicate", LocalDate.of(2021, 6, 1)))
                .version().id().value()).isEqualTo("v2020");
    }

    @Test
    void showsAVersionAskedForById() {
        assertThat(queries.showStandard(new ShowStandardQuery("803005", LocalDate.of(2026, 1, 1), "v2015")).version().id().value())
                .isEqualTo("v2015");
        assertThatThrownBy(() -> queries.showStandard(new ShowStandardQuery("803005", LocalDate.of(2026, 1, 1), "v1999")))
                .isInstanceOf(UnknownVersionException.class)
                .hasMessageContaining("has no version 'v1999'; its versions are [v2015, v2020]");
    }

    @Test
    void saysWhenNoServiceOrNoVersionMatches() {
        assertThatThrownBy(() -> queries.showStandard(ShowStandardQuery.inForce("999999", LocalDate.of(2021, 1, 1))))
                .isInstanceOf(UnknownServiceException.class)
                .hasMessage("service: no service has the id or official code '999999'");
        assertThatThrownBy(() -> queries.showStandard(ShowStandardQuery.inForce("803005", LocalDate.of(2014, 12, 31))))
                .isInstanceOf(NoVersionInForceException.class)
                .hasMessageContaining("in force on 2014-12-31; the earliest starts 2015-01-01");
    }

    @Test
    void rejectsAnInvalidQueryNamingEveryField() {
        assertThatThrownBy(() -> queries.showStandard(new ShowStandardQuery(" ", null, "Bad Version")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field, InvalidCommandException.Violation::rule)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("on", "NotNull"),
                                org.assertj.core.groups.Tuple.tuple("service", "NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("version", "Pattern")));
        assertThatThrownBy(() -> queries.listRequirements(null))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("command: must not be null");
    }

    @Test
    void listsTheRequirementsOfAChannel() {
        ChannelRequirements requirements = queries.listRequirements(
                new RequirementsQuery("803005", Channel.STATE_CORPORATION, LocalDate.of(2021, 1, 1)));
        assertThat(requirements.documents().value()).hasValueSatisfying(docs ->
                assertThat(docs).extracting(d -> d.code().value()).containsExactly("application"));
        assertThat(requirements.terms().processing().value()).contains(ProcessingTerm.workingDays(10));
        assertThat(requirements.schedules()).isInstanceOf(Fact.Unknown.class);
    }

    @Test
    void aChannelTheStandardDoesNotOfferIsAnError() {
        assertThatThrownBy(() -> queries.listRequirements(new RequirementsQuery("803005", Channel.MOBILE, LocalDate.of(2021, 1, 1))))
                .isInstanceOf(ChannelNotOfferedException.class);
    }
}
