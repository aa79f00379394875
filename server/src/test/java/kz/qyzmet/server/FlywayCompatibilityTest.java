package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.server.scenario.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Flyway and H2 versions go together: migrating the embedded database logs no "not tested with this H2" warning. */
class FlywayCompatibilityTest {

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @Test
    void migratingTheEmbeddedDatabaseWarnsOfNoUntestedVersion(@TempDir Path dataDir) {
        try (JdbcStorage storage = JdbcStorage.h2File(dataDir)) {
            assertThat(storage.requests()).isNotNull();
        }
        assertThat(logs.messages()).as("Flyway's own log lines are captured").anyMatch(line -> line.contains("Successfully applied"));
        assertThat(logs.messages()).noneMatch(line -> line.contains("upgrade recommended") || line.contains("has not been tested"));
    }
}
