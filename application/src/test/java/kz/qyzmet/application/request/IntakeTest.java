package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qyzmet.application.request.port.in.AcceptRequestUseCase;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RefuseIntakeUseCase;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** The intake use cases through their ports, with every outbound port held in memory. */
class IntakeTest {

    private static final ActingUser OPERATOR = new ActingUser("operator", Role.STATE_CORPORATION_OPERATOR, null, null);

    private final PortsInMemory ports = new PortsInMemory();
    private final AcceptRequestUseCase accept = ports.requests.intake();
    private final RefuseIntakeUseCase refuseIntake = ports.requests.intake();

    private RequestView submitted(List<DocumentData> documents) {
        return ports.requests.submitting().submit(new SubmitRequestCommand(OPERATOR, "803005", Channel.STATE_CORPORATION, "school-1",
                "061211600012", null, documents, true, null, null));
    }

    @Test
    void aCompletePackageIsAcceptedUnderTheVersionInForceWithADeadline() {
        RequestView request = submitted(List.of(new DocumentData("application", null)));
        RequestView accepted = accept.accept(new RequestActionCommand(OPERATOR, request.id().value(), request.revision()));
        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(accepted.standardVersion().value()).isEqualTo("v2020");
        assertThat(accepted.deadline()).isNotNull();
        assertThat(ports.published).last().isInstanceOf(RequestEvent.RequestAccepted.class);
    }

    @Test
    void aMissingMandatoryDocumentRefusesIntakeListingIt() {
        RequestView request = submitted(List.of());
        RequestView refused = accept.accept(new RequestActionCommand(OPERATOR, request.id().value(), request.revision()));
        assertThat(refused.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        assertThat(ports.published).last().isInstanceOfSatisfying(RequestEvent.IntakeRefused.class, event ->
                assertThat(event.reasons()).hasSize(1));
    }

    @Test
    void aRefusalCitingNoGroundOfTheStandardIsRefusedAndStoresNothing() {
        RequestView request = submitted(List.of(new DocumentData("application", null)));
        assertThatThrownBy(() -> refuseIntake.refuseIntake(new RefuseCommand(OPERATOR, request.id().value(), List.of("no-such-ground"),
                "the package is incomplete", request.revision())))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("grounds");
        assertThat(ports.repository.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
    }
}
