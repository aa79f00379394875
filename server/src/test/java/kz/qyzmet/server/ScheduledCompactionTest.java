package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.server.scenario.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server compacts its embedded database at the configured time of day while it runs, logging the sizes; with
 * a database given by URL it schedules nothing and says why.
 */
class ScheduledCompactionTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @Test
    void theEmbeddedDatabaseIsCompactedAtTheConfiguredTimeWhileTheServerRuns(@TempDir Path dataDir) throws Exception {
        // the time must still be ahead once the server has started: a few seconds, more if the start took longer
        for (long margin = 3; ; margin *= 2) {
            Instant target = Instant.now().plusSeconds(margin).truncatedTo(ChronoUnit.SECONDS);
            LocalTime at = LocalTime.ofInstant(target, ALMATY);
            try (QyzmetServer server = QyzmetServer.start(config(dataDir, null, at), Clock.systemUTC())) {
                if (Instant.now().isBefore(target)) {
                    assertThat(logs.messages()).contains("The embedded database is compacted daily at " + at + " (Asia/Almaty); writes wait while it runs");
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                    while (compactions().isEmpty()) {
                        assertThat(System.nanoTime() - deadline).as("a compaction at " + at + " while the server runs").isNegative();
                        Thread.sleep(20);
                    }
                    assertThat(compactions()).singleElement().asString().matches("Embedded database compacted: \\d+ KB before, \\d+ KB after; new work paused \\d+ ms");
                    assertThat(server.port()).isPositive();
                    return;
                }
            }
            assertThat(margin).as("the server starts in less than two minutes").isLessThan(120);
        }
    }

    private List<String> compactions() {
        return logs.messages("kz.qyzmet.adapters.persistence.jdbc.JdbcStorage").stream().filter(line -> line.startsWith("Embedded database compacted:")).toList();
    }

    @Test
    void aDatabaseGivenByUrlIsNotCompactedByTheServer(@TempDir Path dataDir) {
        ServerConfig.Database database = new ServerConfig.Database("jdbc:h2:mem:scheduled-compaction-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (QyzmetServer server = QyzmetServer.start(config(dataDir, database, LocalTime.of(3, 0)), Clock.systemUTC())) {
            assertThat(server.port()).isPositive();
        }
        assertThat(logs.messages()).contains("--compact-at does not apply: the database is given by --database-url (PostgreSQL reclaims space with autovacuum)");
        assertThat(logs.messages()).noneMatch(line -> line.startsWith("The embedded database is compacted daily"));
    }

    private static ServerConfig config(Path dataDir, ServerConfig.Database database, LocalTime compactAt) {
        return new ServerConfig(0, "127.0.0.1", dataDir, null, null, ALMATY, database, Duration.ofMinutes(1), false, null, compactAt);
    }
}
