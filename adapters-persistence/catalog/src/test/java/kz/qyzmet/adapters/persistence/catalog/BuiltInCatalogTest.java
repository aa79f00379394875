package kz.qyzmet.adapters.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.ServiceCode;
import kz.qyzmet.domain.catalog.ServiceStandard;
import org.junit.jupiter.api.Test;

/** The built-in catalog holds every service of the digest under the ids and codes of DESIGN.md. */
class BuiltInCatalogTest {

    private final Catalog catalog = JsonCatalogSource.builtIn().catalog();

    @Test
    void holdsTheTenServicesWithTheirOfficialCodes() {
        Map<String, String> codes = catalog.standards().stream().collect(Collectors.toMap(
                s -> s.id().value(), s -> s.officialCode().map(ServiceCode::value).orElse("—")));
        assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "preschool-queue", "403001",
                "preschool-admission", "403002",
                "school-admission", "403003",
                "home-schooling", "403004",
                "school-meals", "403008",
                "school-transfer", "403015",
                "education-document-duplicate", "803005",
                "teacher-attestation", "803014",
                "camp-voucher", "—",
                "externat-permission", "—"));
    }

    @Test
    void findsAServiceByIdOrByOfficialCode() {
        assertThat(catalog.find("803005")).map(s -> s.id().value()).contains("education-document-duplicate");
        assertThat(catalog.find("education-document-duplicate")).map(ServiceStandard::officialCode)
                .contains(java.util.Optional.of(ServiceCode.of("803005")));
        assertThat(catalog.find("999999")).isEmpty();
        assertThat(catalog.find("no-such-service")).isEmpty();
    }

    @Test
    void everyServiceHasAVersionInForceToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        for (ServiceStandard standard : catalog.standards()) {
            assertThat(standard.versionOn(today)).as(standard.id().value()).isPresent();
        }
    }

    @Test
    void everyServiceNameHasKazakhAndRussian() {
        for (ServiceStandard standard : catalog.standards()) {
            assertThat(standard.name().texts()).as(standard.id().value())
                    .containsKeys(kz.qyzmet.domain.language.Language.KK, kz.qyzmet.domain.language.Language.RU);
        }
    }
}
