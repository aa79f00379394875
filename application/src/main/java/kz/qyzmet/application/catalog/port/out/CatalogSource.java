package kz.qyzmet.application.catalog.port.out;

import kz.qyzmet.domain.catalog.Catalog;

/**
 * Port out: where the application gets the catalog of service standards from. The built-in adapter reads
 * validated JSON files; a deployment may supply its own. Implementations load once and answer from memory.
 */
public interface CatalogSource {

    /** The catalog, already validated. */
    Catalog catalog();
}
