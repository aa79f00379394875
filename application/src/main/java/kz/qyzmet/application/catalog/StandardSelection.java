package kz.qyzmet.application.catalog;

import java.time.LocalDate;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;

/** Finds a service and the version of its standard that applies, or says precisely why not. */
final class StandardSelection {

    private final CatalogSource catalog;

    StandardSelection(CatalogSource catalog) {
        this.catalog = catalog;
    }

    ServiceStandard service(String idOrCode) {
        return catalog.catalog().find(idOrCode).orElseThrow(() -> new UnknownServiceException(idOrCode));
    }

    StandardInForce inForce(String idOrCode, LocalDate on) {
        ServiceStandard service = service(idOrCode);
        StandardVersion version = service.versionOn(on)
                .orElseThrow(() -> new NoVersionInForceException(service.id(), on, service.firstDay()));
        return new StandardInForce(service, version, on);
    }

    StandardInForce byId(String idOrCode, String versionId, LocalDate on) {
        ServiceStandard service = service(idOrCode);
        StandardVersion version = service.version(CatalogCode.of(versionId))
                .orElseThrow(() -> new UnknownVersionException(service.id(), versionId,
                        service.versions().stream().map(v -> v.id().value()).toList()));
        return new StandardInForce(service, version, on);
    }
}
