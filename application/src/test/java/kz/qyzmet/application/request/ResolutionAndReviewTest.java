package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;

/** The head's resolution and the executor's review through their ports, with every outbound port held in memory. */
class ResolutionAndReviewTest {

    private static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
    private static final ActingUser HEAD = new ActingUser("director", Role.HEAD, "school-1", null);
    private static final ActingUser EXECUTOR = new ActingUser("teacher", Role.EXECUTOR, "school-1", null);

    private final PortsInMemory ports = new PortsInMemory();
    private final RequestServices requests = ports.requests;

    /** A request accepted at school-1 and assigned by the head to the teacher. */
    private RequestView assigned() {
        RequestView submitted = requests.submitting().submit(new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE,
                "school-1", "061211600012", null, List.of(new DocumentData("application", null)), true, null, null));
        RequestView accepted = requests.intake().accept(new RequestActionCommand(OFFICER, submitted.id().value(), submitted.revision()));
        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        return requests.resolution().assign(new AssignExecutorCommand(HEAD, accepted.id().value(), "teacher", accepted.revision()));
    }

    @Test
    void theHeadAssignsTheExecutorWhoReviewsAndApproves() {
        RequestView assigned = assigned();
        assertThat(assigned.executor()).isEqualTo(UserId.of("teacher"));
        RequestView inReview = requests.review().startReview(new RequestActionCommand(EXECUTOR, assigned.id().value(), assigned.revision()));
        RequestView approved = requests.review().approve(new RequestActionCommand(EXECUTOR, inReview.id().value(), inReview.revision()));
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(ports.published).last().isInstanceOf(RequestEvent.RequestApproved.class);
    }

    @Test
    void anotherExecutorMayNotApproveAndNothingIsStored() {
        RequestView assigned = assigned();
        RequestView inReview = requests.review().startReview(new RequestActionCommand(EXECUTOR, assigned.id().value(), assigned.revision()));
        ActingUser colleague = new ActingUser("teacher2", Role.EXECUTOR, "school-1", null);
        assertThatThrownBy(() -> requests.review().approve(new RequestActionCommand(colleague, inReview.id().value(), inReview.revision())))
                .isInstanceOf(ForbiddenActionException.class);
        assertThat(ports.repository.find(inReview.id()).orElseThrow().status()).isEqualTo(RequestStatus.IN_REVIEW);
    }

    @Test
    void aRefusalCitingAGroundTheStandardLacksNamesTheGroundsAndStoresNothing() {
        RequestView assigned = assigned();
        RequestView inReview = requests.review().startReview(new RequestActionCommand(EXECUTOR, assigned.id().value(), assigned.revision()));
        assertThatThrownBy(() -> requests.review().refuse(new RefuseCommand(EXECUTOR, inReview.id().value(), List.of("no-such-ground"),
                "not eligible", inReview.revision())))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
                        .extracting(InvalidCommandException.Violation::field, InvalidCommandException.Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("grounds", "ground")));
        assertThat(ports.repository.find(inReview.id()).orElseThrow().status()).isEqualTo(RequestStatus.IN_REVIEW);
    }
}
