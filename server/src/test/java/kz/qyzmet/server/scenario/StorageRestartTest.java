package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT_IIN;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests stored in the embedded H2 file database survive a restart; the bundled server opens it in its data directory. */
class StorageRestartTest {

    @TempDir
    Path data;

    private Qyzmet qyzmet(JdbcStorage storage, MutableClock clock) {
        return Qyzmet.builder().clock(clock).repository(storage.requests())
                .persons(new InMemoryPersonRegistry().register(Iin.of(APPLICANT_IIN))).build();
    }

    @Test
    void aRequestSurvivesARestartWhole() {
        MutableClock clock = new MutableClock(2025, 4, 14, 10, 0);
        RequestView accepted;
        try (JdbcStorage storage = JdbcStorage.h2File(data); Qyzmet qyzmet = qyzmet(storage, clock)) {
            RequestView submitted = qyzmet.requests().submitting().submit(new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE,
                    "school-1", APPLICANT_IIN, null, documents("application", "identity-document"), true, null, "restart-key-1"));
            accepted = qyzmet.requests().intake().accept(act(OFFICER, submitted));
        }
        try (JdbcStorage storage = JdbcStorage.h2File(data); Qyzmet qyzmet = qyzmet(storage, clock)) {
            RequestView found = qyzmet.requests().queries().show(new ShowRequestQuery(OFFICER, accepted.id().value()));
            assertThat(found.status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(found.history()).isEqualTo(accepted.history());
            assertThat(found.deadline()).isEqualTo(accepted.deadline());
            RequestView retried = qyzmet.requests().submitting().submit(new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE,
                    "school-1", APPLICANT_IIN, null, documents("application", "identity-document"), true, null, "restart-key-1"));
            assertThat(retried.id()).as("the idempotency key survives too").isEqualTo(accepted.id());
        }
    }

    @Test
    void theBundledServerKeepsItsDatabaseInTheDataDirectoryAcrossRestarts() {
        ServerConfig config = new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null);
        QyzmetServer.start(config, new MutableClock(2025, 4, 14, 10, 0)).close();
        assertThat(Files.exists(data.resolve("qyzmet.mv.db"))).isTrue();
        QyzmetServer.start(config, new MutableClock(2025, 4, 14, 10, 0)).close();
    }
}
