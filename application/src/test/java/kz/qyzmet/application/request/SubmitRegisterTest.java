package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitBatchCommand;
import kz.qyzmet.application.request.port.in.SubmitOutcome;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.out.NewRequest;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * A register of requests handed in together: each submission is checked and answered on its own — stored, given
 * back as before when retried under its key, or refused naming its field — and those that pass go to the store in
 * one call, so that a store can commit them together.
 */
class SubmitRegisterTest {

    private static final String APPLICANT = "061211600012";
    private static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);

    private final List<List<NewRequest>> storeCalls = new ArrayList<>();
    private final PortsInMemory ports = new PortsInMemory(new RequestsInMemory() {
        @Override
        public List<Optional<RuntimeException>> addEach(List<NewRequest> added, AtRiskShare watchShare) {
            storeCalls.add(List.copyOf(added));
            return super.addEach(added, watchShare);
        }
    });
    private final RequestServices requests = ports.requests;

    private static SubmitRequestCommand submission(String iin, String key) {
        return new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1", iin, null,
                List.of(new DocumentData("application", null)), true, null, key);
    }

    @Test
    void eachSubmissionOfTheRegisterIsAnsweredOnItsOwnAndThoseThatPassAreStoredInOneCall() {
        RequestView before = requests.submitting().submit(submission(APPLICANT, "register-key-0"));
        storeCalls.clear();

        List<SubmitOutcome> outcomes = requests.submitting().submitAll(new SubmitBatchCommand(List.of(
                submission(APPLICANT, "register-key-1"),
                submission("061211600013", "register-key-2"),
                submission(APPLICANT, "register-key-0"),
                submission(APPLICANT, "register-key-3"))));

        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(0)).isInstanceOfSatisfying(SubmitOutcome.Submitted.class,
                submitted -> assertThat(submitted.request().status()).isEqualTo(RequestStatus.SUBMITTED));
        assertThat(outcomes.get(1)).as("a wrong check digit refuses that submission alone, naming its field")
                .isInstanceOfSatisfying(SubmitOutcome.Refused.class, refused -> assertThat(refused.error())
                        .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                                .extracting(InvalidCommandException.Violation::field).containsExactly("applicantIin")));
        assertThat(outcomes.get(2)).as("a retry under a key already used gives the request stored before")
                .isInstanceOfSatisfying(SubmitOutcome.Submitted.class, submitted -> assertThat(submitted.request().id()).isEqualTo(before.id()));
        assertThat(outcomes.get(3)).isInstanceOf(SubmitOutcome.Submitted.class);
        assertThatThrownBy(() -> outcomes.get(1).requestOrThrow()).as("a refused submission's error, as submit would throw it")
                .isInstanceOf(InvalidCommandException.class);
        assertThat(storeCalls).as("the two new requests stored in one call").hasSize(1);
        assertThat(storeCalls.get(0)).extracting(added -> added.idempotency().key()).containsExactly("register-key-1", "register-key-3");
        for (int i : new int[] {0, 3}) {
            RequestView stored = outcomes.get(i).requestOrThrow();
            assertThat(ports.repository.find(stored.id())).as("submission %d stored", i).isPresent();
        }
        assertThat(ports.published).as("one submitted event per new request and the earlier one").hasSize(3);
    }

    @Test
    void twoSubmissionsOfOneRegisterUnderOneKeyGiveOneRequest() {
        List<SubmitOutcome> outcomes = requests.submitting().submitAll(new SubmitBatchCommand(List.of(
                submission(APPLICANT, "register-key-9"), submission(APPLICANT, "register-key-9"))));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(SubmitOutcome.Submitted.class));
        assertThat(outcomes.get(1).requestOrThrow().id()).isEqualTo(outcomes.get(0).requestOrThrow().id());
        assertThat(ports.published).hasSize(1);
    }

    @Test
    void anEmptyOrOverlongRegisterIsRefusedWhole() {
        assertThatThrownBy(() -> requests.submitting().submitAll(new SubmitBatchCommand(List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("requests"));
        List<SubmitRequestCommand> tooMany = new ArrayList<>();
        for (int i = 0; i <= SubmitBatchCommand.MOST; i++) {
            tooMany.add(submission(APPLICANT, "register-many-" + i));
        }
        assertThatThrownBy(() -> requests.submitting().submitAll(new SubmitBatchCommand(tooMany)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("requests");
        assertThat(storeCalls).as("nothing stored").isEmpty();
    }
}
