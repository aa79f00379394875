package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Disk use of the embedded database" commands, read from the README and parsed as the server parses
 * its command line and environment: a compaction at 02:30, and none.
 */
class CompactionSettingExampleTest {

    @Test
    void theCommandsCompactAtHalfPastTwoOrNever() throws Exception {
        List<ServerConfig> servers = ReadmeServerCommands.of("### Disk use of the embedded database");
        assertThat(servers).extracting(ServerConfig::compactAt).containsExactly(LocalTime.of(2, 30), null);
        assertThat(servers).extracting(ServerConfig::database).containsOnlyNulls();
    }
}
