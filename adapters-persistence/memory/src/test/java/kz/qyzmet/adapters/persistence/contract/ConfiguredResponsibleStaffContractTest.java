package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.registry.ConfiguredResponsibleStaff;
import kz.qyzmet.application.request.port.out.ResponsibleStaff;
import kz.qyzmet.application.request.port.out.Responsibles;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.UserId;

/** The responsible-staff contract on the configured staff. */
class ConfiguredResponsibleStaffContractTest extends ResponsibleStaffContract {

    @Override
    protected ResponsibleStaff naming(ProviderId provider, ServiceId service, Responsibles responsibles) {
        return new ConfiguredResponsibleStaff().name(provider.value(), service.value(), account(responsibles.intake()),
                account(responsibles.resolution()), account(responsibles.execution()));
    }

    private static String account(UserId user) {
        return user == null ? null : user.value();
    }
}
