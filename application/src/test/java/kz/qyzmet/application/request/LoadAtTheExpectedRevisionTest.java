package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * A command that names the revision it acts on asks the store for the request at that revision
 * ({@code RequestRepository.findAt}), which a store may answer without a read; one without a revision reads it. The
 * checks that follow are the same: another provider's officer does not find it, and a stale revision is refused.
 */
class LoadAtTheExpectedRevisionTest {

    private static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
    private static final ActingUser OTHER_SCHOOL = new ActingUser("clerk-2", Role.INTAKE_OFFICER, "school-2", null);

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger atRevision = new AtomicInteger();
    private final PortsInMemory ports = new PortsInMemory(new RequestsInMemory() {
        @Override
        public synchronized Optional<ServiceRequest> find(RequestId id) {
            reads.incrementAndGet();
            return super.find(id);
        }

        @Override
        public Optional<ServiceRequest> findAt(RequestId id, int revision) {
            atRevision.incrementAndGet();
            return super.findAt(id, revision);
        }
    });

    private RequestView submitted() {
        return ports.requests.submitting().submit(new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                "061211600012", null, List.of(new DocumentData("application", null)), true, null, null));
    }

    @Test
    void anAcceptanceAtItsRevisionAsksForTheRequestAtIt() {
        RequestView submitted = submitted();
        reads.set(0);
        RequestView accepted = ports.requests.intake().accept(new RequestActionCommand(OFFICER, submitted.id().value(), submitted.revision()));
        assertThat(accepted.status()).isNotEqualTo(RequestStatus.SUBMITTED);
        assertThat(atRevision).hasValue(1);
        assertThat(reads).as("only through the default of findAt").hasValue(1);
    }

    @Test
    void theSameChecksFollow() {
        RequestView submitted = submitted();
        assertThatThrownBy(() -> ports.requests.intake().accept(new RequestActionCommand(OTHER_SCHOOL, submitted.id().value(),
                submitted.revision()))).isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> ports.requests.intake().accept(new RequestActionCommand(OFFICER, submitted.id().value(),
                submitted.revision() + 1))).isInstanceOf(StaleRevisionException.class);
        atRevision.set(0);
        ports.requests.intake().accept(new RequestActionCommand(OFFICER, submitted.id().value(), null));
        assertThat(atRevision).as("no revision named: read").hasValue(0);
    }
}
