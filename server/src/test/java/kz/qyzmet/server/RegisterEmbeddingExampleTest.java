package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.jdbc.SharedCommits;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.SubmitBatchCommand;
import kz.qyzmet.application.request.port.in.SubmitOutcome;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of a State Corporation office handing over a register of requests, kept runnable. */
class RegisterEmbeddingExampleTest {

    @TempDir
    Path dataDirectory;

    @Test
    void readmeExample() {
        // README snippet start
        JdbcStorage storage = JdbcStorage.h2File(dataDirectory);
        Qyzmet qyzmet = Qyzmet.builder().repository(storage.requests())
                .persons(new InMemoryPersonRegistry().register(Iin.of("061211600012"))).build();
        ActingUser operator = new ActingUser("operator-7", Role.STATE_CORPORATION_OPERATOR, null, null);
        List<DocumentData> documents = List.of(new DocumentData("application", null), new DocumentData("identity-document", null));
        List<SubmitRequestCommand> register = new ArrayList<>();
        for (String applicant : List.of("061211600012", "061211600013", "061211600012")) {
            register.add(new SubmitRequestCommand(operator, "803005", Channel.STATE_CORPORATION, "school-1", applicant, null,
                    documents, true, null, "register-2025-0417-" + register.size()));
        }
        List<SubmitOutcome> outcomes = qyzmet.requests().submitting().submitAll(new SubmitBatchCommand(register));
        // one outcome a submission, in the register's order: outcomes.get(i).stored(), .requestOrThrow(); here the
        // second is refused (the IIN's check digit is wrong) and the other two are stored in one commit
        // README snippet end
        assertThat(outcomes).extracting(SubmitOutcome::stored).containsExactly(true, false, true);
        assertThat(outcomes.get(0).requestOrThrow().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(SubmitOutcome.Refused.class,
                refused -> assertThat(refused.error()).isInstanceOf(InvalidCommandException.class).hasMessageContaining("applicantIin"));
        assertThat(storage.sharedCommits()).as("the two requests stored in one transaction").isEqualTo(new SharedCommits(2, 1));
        qyzmet.close();
        storage.close();
    }
}
