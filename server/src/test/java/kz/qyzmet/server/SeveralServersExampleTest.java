package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Several servers on one database" commands, read from the README and parsed as the server
 * parses its command line and environment: two servers, two ports and data directories, one database.
 */
class SeveralServersExampleTest {

    @Test
    void theCommandsStartTwoServersOnOneDatabase() throws Exception {
        List<ServerConfig> servers = ReadmeServerCommands.of("### Several servers on one database");
        assertThat(servers).hasSize(2);
        assertThat(servers.get(0).database()).isEqualTo(servers.get(1).database());
        assertThat(servers.get(0).database().url()).startsWith("jdbc:postgresql:");
        assertThat(servers.get(0).database().user()).isEqualTo("qyzmet");
        assertThat(servers.get(0).port()).isNotEqualTo(servers.get(1).port());
        assertThat(servers.get(0).dataDir()).isNotEqualTo(servers.get(1).dataDir());
    }
}
