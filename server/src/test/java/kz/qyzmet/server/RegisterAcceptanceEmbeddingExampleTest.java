package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.jdbc.SharedCommits;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.application.request.StaleRevisionException;
import kz.qyzmet.application.request.port.in.AcceptBatchCommand;
import kz.qyzmet.application.request.port.in.AcceptOutcome;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitBatchCommand;
import kz.qyzmet.application.request.port.in.SubmitOutcome;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of a State Corporation operator taking in a register of requests together, kept runnable. */
class RegisterAcceptanceEmbeddingExampleTest {

    @TempDir
    Path dataDirectory;

    @Test
    void readmeExample() {
        JdbcStorage storage = JdbcStorage.h2File(dataDirectory);
        Qyzmet qyzmet = Qyzmet.builder().repository(storage.requests())
                .persons(new InMemoryPersonRegistry().register(Iin.of("061211600012"))).build();
        ActingUser operator = new ActingUser("operator-7", Role.STATE_CORPORATION_OPERATOR, null, null);
        List<DocumentData> documents = List.of(new DocumentData("application", null), new DocumentData("identity-document", null));
        List<SubmitRequestCommand> submissions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submissions.add(new SubmitRequestCommand(operator, "803005", Channel.STATE_CORPORATION, "school-1", "061211600012", null,
                    documents, true, null, "register-2025-0418-" + i));
        }
        List<RequestView> handedIn = qyzmet.requests().submitting().submitAll(new SubmitBatchCommand(submissions)).stream()
                .map(SubmitOutcome::requestOrThrow).toList();
        // meanwhile another operator takes the second request in on its own
        qyzmet.requests().intake().accept(new RequestActionCommand(new ActingUser("operator-9", Role.STATE_CORPORATION_OPERATOR, null, null),
                handedIn.get(1).id().value(), handedIn.get(1).revision()));
        SharedCommits before = storage.sharedCommits();

        // README snippet start
        // handedIn: the register's requests as the operator saw them (e.g. from submitAll, or a worklist)
        List<RequestActionCommand> register = new ArrayList<>();
        for (RequestView request : handedIn) {
            register.add(new RequestActionCommand(operator, request.id().value(), request.revision()));
        }
        List<AcceptOutcome> outcomes = qyzmet.requests().intake().acceptAll(new AcceptBatchCommand(register));
        // one outcome an acceptance, in the register's order: outcomes.get(i).stored(), .requestOrThrow(); here the
        // second fails alone (another operator took it in meanwhile: StaleRevisionException, as accept would throw)
        // and the other two are accepted, with their receipts and deadlines, in one commit
        // README snippet end
        assertThat(outcomes).extracting(AcceptOutcome::stored).containsExactly(true, false, true);
        assertThat(outcomes.get(0).requestOrThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(outcomes.get(0).requestOrThrow().deadline()).isNotNull();
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(AcceptOutcome.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(StaleRevisionException.class));
        assertThat(storage.sharedCommits()).as("the two acceptances stored in one transaction")
                .isEqualTo(new SharedCommits(before.writes() + 2, before.transactions() + 1));
        qyzmet.close();
        storage.close();
    }
}
