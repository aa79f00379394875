package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.application.request.port.out.ResponsibleStaff;
import kz.qyzmet.application.request.port.out.Responsibles;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ResponsibleStaff} keeps: the staff a provider names for one service come back whole for
 * that provider and service only; a provider or a service with nobody named has none (the head's resolution
 * must then name its executor). Extend it with a source that names the staff given.
 */
public abstract class ResponsibleStaffContract {

    /** A fresh source in which exactly these staff are named: at {@code provider}, for {@code service}. */
    protected abstract ResponsibleStaff naming(ProviderId provider, ServiceId service, Responsibles responsibles);

    @Test
    void theNamedStaffComeBackForThatProviderAndServiceOnly() {
        ProviderId school = ProviderId.of("school-1");
        ServiceId admission = new ServiceId("school-admission");
        Responsibles named = new Responsibles(UserId.of("clerk"), UserId.of("director"), UserId.of("teacher"));
        ResponsibleStaff staff = naming(school, admission, named);
        assertThat(staff.responsibleFor(school, admission)).contains(named);
        assertThat(staff.responsibleFor(ProviderId.of("school-2"), admission)).as("another provider").isEmpty();
        assertThat(staff.responsibleFor(school, new ServiceId("education-document-duplicate"))).as("another service").isEmpty();
    }

    @Test
    void staffNamedForPartOfTheWorkLeaveTheRestUnnamed() {
        ProviderId school = ProviderId.of("school-1");
        ServiceId admission = new ServiceId("school-admission");
        Responsibles executorOnly = new Responsibles(null, null, UserId.of("teacher"));
        Responsibles found = naming(school, admission, executorOnly).responsibleFor(school, admission).orElseThrow();
        assertThat(found.executor()).contains(UserId.of("teacher"));
        assertThat(found.intake()).isNull();
        assertThat(found.resolution()).isNull();
    }
}
