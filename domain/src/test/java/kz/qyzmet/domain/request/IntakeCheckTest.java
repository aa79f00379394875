package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import org.junit.jupiter.api.Test;

/** The intake check: every reason to refuse intake, and documents the provider fetches itself not demanded. */
class IntakeCheckTest {

    private final IntakeCheck check = new IntakeCheck();
    private final LocalDate intakeDay = LocalDate.of(2025, 4, 14);

    private List<IntakeRefusalReason> check(List<SubmittedDocument> documents, boolean consent) {
        return check.check(RequestFixtures.SERVICE, RequestFixtures.version(), RequestFixtures.submission(Channel.PROVIDER_OFFICE, documents, consent), intakeDay, java.util.Set.of());
    }

    @Test
    void aCompletePackageWithConsentPasses() {
        assertThat(check(RequestFixtures.completePackage(), true)).isEmpty();
    }

    @Test
    void documentsTheProviderFetchesAndConditionalOnesAreNotDemanded() {
        // identity-data is fetched from state systems, marriage-certificate is conditional: neither is missing
        assertThat(check(RequestFixtures.completePackage(), true)).noneMatch(IntakeRefusalReason.MissingDocument.class::isInstance);
    }

    @Test
    void aMissingMandatoryDocumentIsAReason() {
        List<IntakeRefusalReason> reasons = check(List.of(new SubmittedDocument(CatalogCode.of("application"), null)), true);
        assertThat(reasons).singleElement().isInstanceOfSatisfying(IntakeRefusalReason.MissingDocument.class,
                missing -> assertThat(missing.code().value()).isEqualTo("workplace-certificate"));
    }

    @Test
    void aCertificateOlderThanOneMonthIsExpired() {
        List<IntakeRefusalReason> reasons = check(List.of(new SubmittedDocument(CatalogCode.of("application"), null),
                new SubmittedDocument(CatalogCode.of("workplace-certificate"), LocalDate.of(2025, 3, 13))), true);
        assertThat(reasons).containsExactly(new IntakeRefusalReason.ExpiredDocument(CatalogCode.of("workplace-certificate"),
                LocalDate.of(2025, 3, 13), LocalDate.of(2025, 4, 13)));
        assertThat(check(List.of(new SubmittedDocument(CatalogCode.of("application"), null),
                new SubmittedDocument(CatalogCode.of("workplace-certificate"), LocalDate.of(2025, 3, 14))), true))
                .as("valid through 14 April, the intake day").isEmpty();
    }

    @Test
    void aDocumentWithAValidityButNoIssueDateCannotBeChecked() {
        List<IntakeRefusalReason> reasons = check(List.of(new SubmittedDocument(CatalogCode.of("application"), null),
                new SubmittedDocument(CatalogCode.of("workplace-certificate"), null)), true);
        assertThat(reasons).containsExactly(new IntakeRefusalReason.ExpiredDocument(CatalogCode.of("workplace-certificate"), null, null));
    }

    @Test
    void noConsentIsAReasonWhereTheStandardRequiresIt() {
        assertThat(check(RequestFixtures.completePackage(), false)).containsExactly(new IntakeRefusalReason.NoPersonalDataConsent());
    }

    @Test
    void outsideEveryIntakeWindowIsAReason() {
        var windows = List.of(RequestFixtures.window("--06-01", "--08-30"));
        List<IntakeRefusalReason> reasons = check.check(RequestFixtures.SERVICE, RequestFixtures.version(windows),
                RequestFixtures.submission(Channel.PROVIDER_OFFICE, RequestFixtures.completePackage(), true), intakeDay, java.util.Set.of());
        assertThat(reasons).singleElement().isInstanceOf(IntakeRefusalReason.WindowClosed.class);
        List<SubmittedDocument> fresh = List.of(new SubmittedDocument(CatalogCode.of("application"), null),
                new SubmittedDocument(CatalogCode.of("workplace-certificate"), LocalDate.of(2025, 5, 20)));
        assertThat(check.check(RequestFixtures.SERVICE, RequestFixtures.version(windows),
                RequestFixtures.submission(Channel.PROVIDER_OFFICE, fresh, true), LocalDate.of(2025, 6, 2), java.util.Set.of())).isEmpty();
    }

    @Test
    void everyReasonIsListedAtOnce() {
        var windows = List.of(RequestFixtures.window("--06-01", "--08-30"));
        List<IntakeRefusalReason> reasons = check.check(RequestFixtures.SERVICE, RequestFixtures.version(windows),
                RequestFixtures.submission(Channel.PROVIDER_OFFICE, List.of(), false), intakeDay, java.util.Set.of());
        assertThat(reasons).hasSize(4);
    }
}
