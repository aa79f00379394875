package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import kz.qyzmet.adapters.rest.auth.TokenFile;
import kz.qyzmet.adapters.rest.auth.TokenFileException;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that hold personal data — the data directory, the H2 database, the token file — are their owner's
 * only, whatever the umask, and so are the demo signing material's keys; a token file others may read stops the
 * server before it listens; demo accounts and signing material are created only when asked.
 */
class PersonalDataFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-14T05:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path tmp;

    @Test
    void theDataDirectoryIs0700AndEveryFileInIt0600() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (QyzmetServer server = QyzmetServer.start(config(data, true), CLOCK)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(data)) {
                List<Path> all = files.filter(Files::isRegularFile).toList();
                assertThat(all).extracting(file -> file.getFileName().toString()).contains("tokens.json", "qyzmet.mv.db");
                assertThat(all).allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.getFileName().toString()).isEqualTo("rw-------"));
            }
            // the demo signing material, private keys among it, is the owner's only too
            Path demo = data.resolve("demo");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(demo))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(demo)) {
                List<Path> all = files.toList();
                assertThat(all).extracting(file -> file.getFileName().toString()).contains("demo-ca.pem", "aigerim.crt", "aigerim.key");
                assertThat(all).allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as("demo/" + file.getFileName()).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void aTokenFileOthersMayReadStopsTheStart() throws IOException {
        Path data = tmp.resolve("readable");
        Path tokens = data.resolve(QyzmetServer.TOKENS_FILE);
        TokenFile.create(tokens, List.of(new ActingUser("portal", Role.SYSTEM, null, null)));
        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> QyzmetServer.start(config(data, false), CLOCK).close())
                .isInstanceOf(TokenFileException.class)
                .hasMessageContaining("tokens.json").hasMessageContaining("rw-r--r--").hasMessageContaining("chmod 600");
    }

    @Test
    void withoutDemoModeNoDemoAccountIsCreated() throws IOException {
        Path data = tmp.resolve("plain");
        try (QyzmetServer server = QyzmetServer.start(config(data, false), CLOCK)) {
            assertThat(data.resolve(QyzmetServer.TOKENS_FILE)).doesNotExist();
            assertThat(data.resolve("persons.json")).as("no demo registries either").doesNotExist();
            assertThat(data.resolve("demo")).as("no demo signing material either").doesNotExist();
        }
        Path demo = tmp.resolve("demo");
        try (QyzmetServer server = QyzmetServer.start(config(demo, true), CLOCK)) {
            assertThat(Files.readString(demo.resolve(QyzmetServer.TOKENS_FILE))).contains("\"SYSTEM\"");
        }
    }

    private static ServerConfig config(Path data, boolean demo) {
        return new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null, ServerConfig.DEFAULT_DEADLINE_WATCH, demo);
    }
}
