package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * The issuing use cases through their ports, in memory, for a request made through the State Corporation: the
 * head marks the result ready, the provider hands it over, the State Corporation keeps it one month.
 */
class IssuingTest {

    private static final ActingUser OPERATOR = new ActingUser("operator", Role.STATE_CORPORATION_OPERATOR, null, null);
    private static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
    private static final ActingUser HEAD = new ActingUser("director", Role.HEAD, "school-1", null);
    private static final ActingUser EXECUTOR = new ActingUser("teacher", Role.EXECUTOR, "school-1", null);

    private final PortsInMemory ports = new PortsInMemory();
    private final RequestServices requests = ports.requests;

    private RequestView handedOver() {
        RequestView view = requests.submitting().submit(new SubmitRequestCommand(OPERATOR, "803005", Channel.STATE_CORPORATION,
                "school-1", "061211600012", null, List.of(new DocumentData("application", null)), true, null, null));
        view = requests.intake().accept(new RequestActionCommand(OPERATOR, view.id().value(), view.revision()));
        view = requests.resolution().assign(new AssignExecutorCommand(HEAD, view.id().value(), "teacher", view.revision()));
        view = requests.review().startReview(new RequestActionCommand(EXECUTOR, view.id().value(), view.revision()));
        view = requests.review().approve(new RequestActionCommand(EXECUTOR, view.id().value(), view.revision()));
        view = requests.issuing().markReady(new RequestActionCommand(HEAD, view.id().value(), view.revision()));
        return requests.issuing().handOver(new RequestActionCommand(OFFICER, view.id().value(), view.revision()));
    }

    @Test
    void theStateCorporationKeepsAHandedOverResultOneMonth() {
        RequestView handed = handedOver();
        assertThat(handed.status()).isEqualTo(RequestStatus.AT_STATE_CORPORATION);
        // handed over on Tuesday 2 March 2021 at 10:00 in Almaty: kept until 2 April, the same hour
        assertThat(handed.keptUntil()).isEqualTo(Instant.parse("2021-04-02T05:00:00Z"));
    }

    @Test
    void theStateCorporationDoesNotReturnAResultBeforeTheMonthIsOver() {
        RequestView handed = handedOver();
        assertThatThrownBy(() -> requests.issuing().returnToProvider(new RequestActionCommand(OPERATOR, handed.id().value(),
                handed.revision()))).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("keeps the result until");
        assertThat(ports.repository.find(handed.id()).orElseThrow().status()).isEqualTo(RequestStatus.AT_STATE_CORPORATION);
    }

    @Test
    void theStateCorporationIssuesTheResultToTheApplicant() {
        RequestView handed = handedOver();
        RequestView issued = requests.issuing().issue(new RequestActionCommand(OPERATOR, handed.id().value(), handed.revision()));
        assertThat(issued.status()).isEqualTo(RequestStatus.ISSUED);
    }
}
