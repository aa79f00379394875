package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT_IIN;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.qyzmet.adapters.persistence.registry.ConfiguredResponsibleStaff;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.UserId;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider's responsible staff (seed 000's order): the head's resolution names the configured executor by default. */
class ResponsibleStaffScenariosTest {

    @TempDir
    Path dir;

    @Test
    void aResolutionWithoutAnExecutorNamesTheOneConfiguredForTheServiceAndANamedOneWins() throws Exception {
        Path file = dir.resolve("responsible-staff.json");
        Files.writeString(file, """
                {"school-1": {"education-document-duplicate": {"intake": "clerk", "resolution": "director", "execution": "teacher"},
                              "school-admission": {"intake": "clerk"}}}""");
        try (Qyzmet qyzmet = qyzmet(ConfiguredResponsibleStaff.fromFile(file))) {
            RequestView byDefault = qyzmet.requests().resolution().assign(new AssignExecutorCommand(HEAD, accepted(qyzmet).id().value(), null, null));
            assertThat(byDefault.executor()).isEqualTo(UserId.of("teacher"));

            RequestView named = qyzmet.requests().resolution().assign(new AssignExecutorCommand(HEAD, accepted(qyzmet).id().value(), "teacher-2", null));
            assertThat(named.executor()).isEqualTo(UserId.of("teacher-2"));
        }
    }

    @Test
    void withNoExecutorConfiguredTheResolutionMustNameOne() {
        try (Qyzmet qyzmet = qyzmet(new ConfiguredResponsibleStaff().name("school-1", "school-admission", "clerk", "director", "teacher"))) {
            RequestView request = accepted(qyzmet);
            assertThatThrownBy(() -> qyzmet.requests().resolution().assign(new AssignExecutorCommand(HEAD, request.id().value(), null, null)))
                    .isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("executor")
                    .hasMessageContaining("has no executor configured for education-document-duplicate");
        }
    }

    @Test
    void aBrokenConfigurationNamesTheEntry() throws Exception {
        Path file = dir.resolve("responsible-staff.json");
        Files.writeString(file, "{\"school-1\": {\"school-meals\": {}}}");
        assertThatThrownBy(() -> ConfiguredResponsibleStaff.fromFile(file)).hasMessageContaining("school-1.school-meals");
    }

    private static Qyzmet qyzmet(ConfiguredResponsibleStaff staff) {
        return Qyzmet.builder().clock(new MutableClock(2025, 4, 14, 10, 0)).responsibleStaff(staff)
                .persons(new InMemoryPersonRegistry().register(Iin.of(APPLICANT_IIN))).build();
    }

    private static RequestView accepted(Qyzmet qyzmet) {
        return qyzmet.requests().intake().accept(act(OFFICER, qyzmet.requests().submitting().submit(new SubmitRequestCommand(OFFICER,
                "803005", Channel.PROVIDER_OFFICE, "school-1", APPLICANT_IIN, null, documents("application", "identity-document"),
                true, null, null))));
    }
}
