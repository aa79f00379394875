package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.domain.catalog.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A whole request lifecycle, and rejected input, logs no IIN. */
class PersonalDataInLogsTest {

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @Test
    void noIinReachesTheLogs() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();
        RequestView request = world.submitByRepresentative(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), "POA-2025/17");
        request = requests.intake().accept(act(OFFICER, request));
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        request = requests.withdrawal().withdraw(act(APPLICANT, request));
        assertThatThrownBy(() -> requests.submitting().submit(new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE,
                "school-1", "061211600013", null, documents("application"), true, null, null)));

        List<String> lines = logs.messages();
        String id = request.id().toString();
        assertThat(lines).as("the lifecycle was logged").anyMatch(line -> line.contains(id));
        assertThat(lines).noneMatch(line -> line.contains(ScenarioWorld.APPLICANT_IIN))
                .noneMatch(line -> line.contains(ScenarioWorld.REPRESENTATIVE_IIN))
                .noneMatch(line -> line.contains("061211600013"));
    }
}
