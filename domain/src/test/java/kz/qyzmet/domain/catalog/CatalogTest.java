package kz.qyzmet.domain.catalog;

import static kz.qyzmet.domain.catalog.Fixtures.origin;
import static kz.qyzmet.domain.catalog.Fixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static ServiceStandard service(String id, String code) {
        return new ServiceStandard(ServiceId.of(id), code == null ? null : ServiceCode.of(code), Fixtures.TEXT, Fixtures.SOURCE,
                List.of(version(origin("v", LocalDate.of(2020, 1, 1)))));
    }

    @Test
    void findsByIdOrOfficialCodeAndListsByID() {
        Catalog catalog = new Catalog(List.of(service("school-admission", "403003"), service("camp-voucher", null)));
        assertThat(catalog.find("403003")).map(s -> s.id().value()).contains("school-admission");
        assertThat(catalog.find(" camp-voucher ")).isPresent();
        assertThat(catalog.find("")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
        assertThat(catalog.standards()).extracting(s -> s.id().value()).containsExactly("camp-voucher", "school-admission");
    }

    @Test
    void idsAndCodesAreUnique() {
        assertThatThrownBy(() -> new Catalog(List.of(service("school-admission", "403003"), service("school-admission", null))))
                .hasMessage("services: id 'school-admission' appears twice");
        assertThatThrownBy(() -> new Catalog(List.of(service("school-admission", "403003"), service("home-schooling", "403003"))))
                .hasMessageContaining("official code 403003 is used by both 'home-schooling' and 'school-admission'");
    }
}
