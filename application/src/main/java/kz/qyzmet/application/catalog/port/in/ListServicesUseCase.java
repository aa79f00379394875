package kz.qyzmet.application.catalog.port.in;

import java.util.List;
import kz.qyzmet.domain.catalog.ServiceStandard;

/** Use case: list the services of the catalog, each with its id, official code, name and versions. */
public interface ListServicesUseCase {

    /** Every service, ordered by id. */
    List<ServiceStandard> listServices();
}
