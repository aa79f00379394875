package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CatalogSource} keeps: it loads once and answers from memory (the same catalog on each
 * call), the catalog is not empty, and each of its services is found by its id and by its official code and
 * has versions that are found by their ids. Extend it with your source.
 */
public abstract class CatalogSourceContract {

    /** The source under test, loaded. */
    protected abstract CatalogSource source();

    @Test
    void theCatalogIsLoadedOnceAndAnsweredFromMemory() {
        CatalogSource source = source();
        assertThat(source.catalog()).isNotNull().isSameAs(source.catalog());
        assertThat(source.catalog().standards()).isNotEmpty();
    }

    @Test
    void eachServiceIsFoundByItsIdAndCodeAndEachVersionByItsId() {
        Catalog catalog = source().catalog();
        for (ServiceStandard standard : catalog.standards()) {
            assertThat(catalog.find(standard.id().value())).as(standard.id().value()).contains(standard);
            standard.officialCode().ifPresent(code -> assertThat(catalog.find(code.value())).as(code.value()).contains(standard));
            assertThat(standard.versions()).as(standard.id() + " versions").isNotEmpty();
            for (StandardVersion version : standard.versions()) {
                assertThat(standard.version(version.id())).as(standard.id() + " " + version.id()).isPresent();
            }
        }
    }
}
