package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import kz.qyzmet.adapters.persistence.jdbc.CompactionWaits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Disk use of the embedded database" commands, read from the README and parsed as the server parses
 * its command line and environment: a compaction at 02:30, none, and one with shorter waits.
 */
class CompactionSettingExampleTest {

    @Test
    void theCommandsCompactAtHalfPastTwoOrNeverOrWaitLess() throws Exception {
        List<ServerConfig> servers = ReadmeServerCommands.of("### Disk use of the embedded database");
        assertThat(servers).extracting(ServerConfig::compactAt).containsExactly(LocalTime.of(2, 30), null, ServerConfig.DEFAULT_COMPACT_AT);
        assertThat(servers).extracting(ServerConfig::compactionWaits).containsExactly(CompactionWaits.DEFAULT, CompactionWaits.DEFAULT,
                new CompactionWaits(Duration.ofSeconds(5), Duration.ofSeconds(2)));
        assertThat(servers).extracting(ServerConfig::database).containsOnlyNulls();
    }
}
