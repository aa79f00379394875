package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.in.ShowRequestUseCase;
import kz.qyzmet.application.request.port.in.SubmitRequestUseCase;
import kz.qyzmet.application.request.port.in.WithdrawRequestUseCase;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * The submit, show and withdraw use cases through their ports, with every outbound port held in memory: what is
 * stored, what is published, who may see it, and that a refused command stores nothing.
 */
class SubmitAndWithdrawTest {

    private static final String APPLICANT = "061211600012";
    private static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);

    private final PortsInMemory ports = new PortsInMemory();
    private final RequestsInMemory repository = ports.repository;
    private final List<RequestEvent> published = ports.published;
    private final RequestServices requests = ports.requests;
    private final SubmitRequestUseCase submit = requests.submitting();
    private final ShowRequestUseCase show = requests.queries();
    private final WithdrawRequestUseCase withdraw = requests.withdrawal();

    private static SubmitRequestCommand submission(String key) {
        return new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1", APPLICANT, null,
                List.of(new DocumentData("application", null)), true, null, key);
    }

    @Test
    void aSubmissionIsStoredPublishedAndShownToTheProvidersStaff() {
        RequestView submitted = submit.submit(submission("key-00000001"));
        assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(repository.find(submitted.id())).isPresent();
        assertThat(published).hasSize(1).first().isInstanceOf(RequestEvent.RequestSubmitted.class);
        assertThat(show.show(new ShowRequestQuery(OFFICER, submitted.id().value())).revision()).isEqualTo(submitted.revision());
    }

    @Test
    void theSameKeyAndBodyGiveTheSameRequestOnce() {
        RequestView first = submit.submit(submission("key-00000002"));
        RequestView again = submit.submit(submission("key-00000002"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(published).hasSize(1);
    }

    @Test
    void anotherProvidersStaffDoNotFindIt() {
        RequestView submitted = submit.submit(submission("key-00000003"));
        ActingUser elsewhere = new ActingUser("clerk2", Role.INTAKE_OFFICER, "school-2", null);
        assertThatThrownBy(() -> show.show(new ShowRequestQuery(elsewhere, submitted.id().value())))
                .isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void anInvalidSubmissionIsRefusedNamingTheFieldAndStoresNothing() {
        SubmitRequestCommand badIin = new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1", "061211600013",
                null, List.of(), true, null, "key-00000004");
        assertThatThrownBy(() -> submit.submit(badIin)).isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("applicantIin"));
        assertThat(repository.findByIdempotencyKey("clerk", "key-00000004")).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void theApplicantWithdrawsTheirRequest() {
        RequestView submitted = submit.submit(submission("key-00000005"));
        ActingUser applicant = new ActingUser("citizen", Role.APPLICANT, null, APPLICANT);
        RequestView withdrawn = withdraw.withdraw(new RequestActionCommand(applicant, submitted.id().value(), submitted.revision()));
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(repository.find(submitted.id()).orElseThrow().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(published).last().isInstanceOf(RequestEvent.RequestWithdrawn.class);
    }
}
