package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import kz.qyzmet.adapters.persistence.jdbc.CompactionWaits;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void defaults() {
        ServerConfig config = ServerConfig.from(new String[0], Map.of());
        assertThat(config).isEqualTo(new ServerConfig(8080, "127.0.0.1", Path.of("data"), null, null, ZoneId.of("Asia/Almaty"), null));
        assertThat(config.demo()).as("no demo accounts unless asked").isFalse();
    }

    @Test
    void demoModeIsAFlagOrAVariable() {
        assertThat(ServerConfig.from(new String[] {"--demo"}, Map.of()).demo()).isTrue();
        assertThat(ServerConfig.from(new String[] {"--demo", "--port", "7070"}, Map.of()).port()).isEqualTo(7070);
        assertThat(ServerConfig.from(new String[0], Map.of("QYZMET_DEMO", "true")).demo()).isTrue();
        assertThat(ServerConfig.from(new String[] {"--demo=false"}, Map.of("QYZMET_DEMO", "true")).demo()).isFalse();
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_DEMO", "yes")))
                .hasMessageContaining("QYZMET_DEMO").hasMessageContaining("true or false");
    }

    @Test
    void environmentVariablesSetPortAndDataDirectory() {
        ServerConfig config = ServerConfig.from(new String[0], Map.of("QYZMET_PORT", "9090", "QYZMET_DATA_DIR", "/var/lib/qyzmet"));
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/qyzmet"));
    }

    @Test
    void optionsWinOverTheEnvironment() {
        ServerConfig config = ServerConfig.from(new String[] {"--port", "7070", "--data-dir=/tmp/q", "--catalog-dir", "/etc/qyzmet/catalog"},
                Map.of("QYZMET_PORT", "9090"));
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/q"));
        assertThat(config.catalogDir()).isEqualTo(Path.of("/etc/qyzmet/catalog"));
    }

    @Test
    void theDeadlineWatchRunsEveryMinuteUnlessConfigured() {
        assertThat(ServerConfig.from(new String[0], Map.of()).deadlineWatch()).isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(ServerConfig.from(new String[] {"--deadline-watch", "PT10S"}, Map.of("QYZMET_DEADLINE_WATCH", "PT5M")).deadlineWatch())
                .isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(ServerConfig.from(new String[0], Map.of("QYZMET_DEADLINE_WATCH", "PT5M")).deadlineWatch())
                .isEqualTo(java.time.Duration.ofMinutes(5));
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--deadline-watch", "often"}, Map.of()))
                .hasMessageContaining("--deadline-watch / QYZMET_DEADLINE_WATCH: must be an ISO-8601 duration");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--deadline-watch", "PT0S"}, Map.of()))
                .hasMessageContaining("deadline-watch: must be at least one second");
    }

    @Test
    void theEmbeddedDatabaseIsCompactedDailyAtThreeUnlessConfigured() {
        assertThat(ServerConfig.from(new String[0], Map.of()).compactAt()).isEqualTo(java.time.LocalTime.of(3, 0));
        assertThat(ServerConfig.from(new String[] {"--compact-at", "01:45"}, Map.of("QYZMET_COMPACT_AT", "04:00")).compactAt())
                .isEqualTo(java.time.LocalTime.of(1, 45));
        assertThat(ServerConfig.from(new String[0], Map.of("QYZMET_COMPACT_AT", "23:59")).compactAt()).isEqualTo(java.time.LocalTime.of(23, 59));
        assertThat(ServerConfig.from(new String[] {"--compact-at=off"}, Map.of()).compactAt()).as("off: never while running").isNull();
        assertThat(new ServerConfig(8080, "127.0.0.1", Path.of("data"), null, null, ZoneId.of("Asia/Almaty"), null).compactAt())
                .isEqualTo(ServerConfig.DEFAULT_COMPACT_AT);
    }

    @Test
    void theCompactionsWaitsAreThirtyAndTenSecondsUnlessConfigured() {
        assertThat(ServerConfig.from(new String[0], Map.of()).compactionWaits()).isEqualTo(CompactionWaits.DEFAULT);
        assertThat(ServerConfig.from(new String[] {"--compact-callers-wait", "PT5S", "--compact-in-flight-wait=PT2S"},
                Map.of("QYZMET_COMPACT_CALLERS_WAIT", "PT1M")).compactionWaits())
                .as("the option before the variable").isEqualTo(new CompactionWaits(Duration.ofSeconds(5), Duration.ofSeconds(2)));
        assertThat(ServerConfig.from(new String[0], Map.of("QYZMET_COMPACT_CALLERS_WAIT", "PT1M", "QYZMET_COMPACT_IN_FLIGHT_WAIT", "PT0.5S"))
                .compactionWaits()).isEqualTo(new CompactionWaits(Duration.ofMinutes(1), Duration.ofMillis(500)));
        assertThat(new ServerConfig(8080, "127.0.0.1", Path.of("data"), null, null, ZoneId.of("Asia/Almaty"), null).compactionWaits())
                .isEqualTo(CompactionWaits.DEFAULT);
    }

    @Test
    void aCompactionWaitThatIsNoPositiveDurationIsNamed() {
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--compact-callers-wait", "30"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--compact-callers-wait / QYZMET_COMPACT_CALLERS_WAIT: must be a positive ISO-8601 duration such as PT30S, was '30'");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_COMPACT_CALLERS_WAIT", "PT0S")))
                .hasMessage("--compact-callers-wait / QYZMET_COMPACT_CALLERS_WAIT: must be a positive ISO-8601 duration such as PT30S, was 'PT0S'");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--compact-in-flight-wait", "-PT10S"}, Map.of()))
                .hasMessage("--compact-in-flight-wait / QYZMET_COMPACT_IN_FLIGHT_WAIT: must be a positive ISO-8601 duration such as PT30S, "
                        + "was '-PT10S'");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_COMPACT_IN_FLIGHT_WAIT", "")))
                .hasMessage("--compact-in-flight-wait / QYZMET_COMPACT_IN_FLIGHT_WAIT: must not be blank");
    }

    @Test
    void aCompactionTimeThatIsNoTimeOfDayIsNamed() {
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--compact-at", "3am"}, Map.of()))
                .hasMessage("--compact-at / QYZMET_COMPACT_AT: must be a time of day such as 03:00 (hours and minutes, in the providers' zone) or off, was '3am'");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_COMPACT_AT", "3:00")))
                .hasMessageContaining("QYZMET_COMPACT_AT: must be a time of day such as 03:00");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_COMPACT_AT", "03:00:00")))
                .hasMessageContaining("QYZMET_COMPACT_AT: must be a time of day such as 03:00");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--compact-at", "24:00"}, Map.of()))
                .hasMessage("--compact-at / QYZMET_COMPACT_AT: must be a time of day from 00:00 to 23:59 or off, was '24:00'");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--compact-at", "OFF"}, Map.of()))
                .hasMessageContaining("or off, was 'OFF'");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_COMPACT_AT", " ")))
                .hasMessage("--compact-at / QYZMET_COMPACT_AT: must not be blank");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--port", "http"}, Map.of()))
                .hasMessage("--port: must be a port number 0–65535, was 'http'");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_PORT", "70000")))
                .hasMessage("port: must be between 0 and 65535, was 70000");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_PORT", "x")))
                .hasMessage("QYZMET_PORT: must be a port number 0–65535, was 'x'");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--zone", "Mars/Olympus"}, Map.of()))
                .hasMessageContaining("--zone / QYZMET_ZONE: must be a tzdata zone");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--verbose", "1"}, Map.of()))
                .hasMessageContaining("--verbose: unknown option");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"--port"}, Map.of()))
                .hasMessage("--port: a value is required");
        assertThatThrownBy(() -> ServerConfig.from(new String[] {"8080"}, Map.of()))
                .hasMessageContaining("options take the form --name value");
        assertThatThrownBy(() -> ServerConfig.from(new String[0], Map.of("QYZMET_DATA_DIR", " ")))
                .hasMessage("--data-dir / QYZMET_DATA_DIR: must not be blank");
    }
}
