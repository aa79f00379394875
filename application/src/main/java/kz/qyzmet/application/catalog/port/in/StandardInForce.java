package kz.qyzmet.application.catalog.port.in;

import java.time.LocalDate;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;

/**
 * A service with the version of its standard that was selected.
 *
 * @param service the service and all its versions
 * @param version the version selected: in force on {@code on}, or the one asked for by id
 * @param on      the day asked about
 */
public record StandardInForce(ServiceStandard service, StandardVersion version, LocalDate on) {
}
