package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's command line beyond its settings: a fixed clock, --help and --version. */
class CommandLineTest {

    @Test
    void aFixedClockTakesTheGivenMomentAsNowForGood() {
        ServerConfig config = ServerConfig.from(new String[] {"--clock", "2025-03-17T10:00:00+05:00"}, Map.of());
        assertThat(config.fixedNow()).isEqualTo(OffsetDateTime.parse("2025-03-17T10:00:00+05:00"));
        assertThat(config.clock().instant()).isEqualTo(Instant.parse("2025-03-17T05:00:00Z"));
        assertThat(ServerConfig.from(new String[0], Map.of("QYZMET_CLOCK", "2026-11-23T16:25:00+05:00")).clock().instant())
                .isEqualTo(Instant.parse("2026-11-23T11:25:00Z"));
        assertThat(ServerConfig.from(new String[0], Map.of()).fixedNow()).as("the system clock unless set").isNull();
    }

    @Test
    void aClockWithoutItsOffsetIsRefusedByName() {
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--clock", "2025-03-17T10:00:00"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--clock / QYZMET_CLOCK: must be a moment with its offset such as 2025-03-17T10:00:00+05:00,"
                        + " was '2025-03-17T10:00:00'");
    }

    @Test
    void helpListsEveryOptionAndItsVariable() {
        String help = printed("--help");
        for (String option : new String[] {"port", "host", "data-dir", "catalog-dir", "calendar-dir", "zone", "database-url",
                "deadline-watch", "clock", "compact-at", "compact-callers-wait", "compact-in-flight-wait"}) {
            assertThat(help).contains("--" + option).contains("QYZMET_" + option.toUpperCase().replace('-', '_'));
        }
        assertThat(help).isEqualTo(ServerConfig.usage());
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--verbose", "1"}, Map.of()))
                .hasMessageContaining("--clock, --compact-at, --compact-callers-wait, --compact-in-flight-wait (--help lists them)");
    }

    @Test
    void versionIsTheBuildsVersion() {
        assertThat(printed("--version").strip()).matches("qyzmet-server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    private static String printed(String argument) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            QyzmetServer.main(new String[] {argument});
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
