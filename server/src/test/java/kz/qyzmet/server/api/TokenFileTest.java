package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.rest.auth.ReloadingTokenFile;
import kz.qyzmet.adapters.rest.auth.TokenFile;
import kz.qyzmet.server.scenario.MutableClock;
import kz.qyzmet.adapters.rest.auth.TokenFileException;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bearer-token file: only hashes are stored, tokens map to their users, broken entries are refused by name. */
class TokenFileTest {

    @TempDir
    Path dir;

    @Test
    void createdTokensAuthenticateTheirUsersAndOnlyTheirHashesAreStored() throws Exception {
        Path file = dir.resolve("tokens.json");
        ActingUser clerk = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
        ActingUser applicant = new ActingUser("aigerim", Role.APPLICANT, null, "061211600012");
        Map<ActingUser, String> issued = TokenFile.create(file, List.of(clerk, applicant));

        TokenFile tokens = TokenFile.load(file);
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.authenticate(issued.get(clerk))).contains(clerk);
        assertThat(tokens.authenticate(issued.get(applicant))).contains(applicant);
        assertThat(tokens.authenticate(issued.get(clerk) + "x")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(issued.get(clerk)).isNotEqualTo(issued.get(applicant));

        String stored = Files.readString(file);
        assertThat(stored).doesNotContain(issued.get(clerk)).doesNotContain(issued.get(applicant))
                .contains(TokenFile.sha256(issued.get(clerk)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            short hash            | {"tokens":[{"sha256":"abc","user":"u","role":"HEAD","provider":"school-1"}]}                       | tokens[0].sha256
            bad user              | {"tokens":[{"sha256":"%s","user":"a b","role":"HEAD","provider":"school-1"}]}                      | tokens[0].user
            unknown role          | {"tokens":[{"sha256":"%s","user":"u","role":"JANITOR","provider":"school-1"}]}                     | tokens[0].role
            staff w/o provider    | {"tokens":[{"sha256":"%s","user":"u","role":"HEAD"}]}                                              | tokens[0].provider
            applicant w/o iin     | {"tokens":[{"sha256":"%s","user":"u","role":"APPLICANT"}]}                                         | tokens[0].iin
            bad check digit       | {"tokens":[{"sha256":"%s","user":"u","role":"APPLICANT","iin":"061211600013"}]}                    | tokens[0].iin
            unknown field         | {"tokens":[{"sha256":"%s","user":"u","role":"SYSTEM","token":"plain"}]}                            | token
            channel of a person   | {"tokens":[{"sha256":"%s","user":"u","role":"APPLICANT","iin":"061211600012","channel":"MOBILE"}]} | tokens[0].channel
            counter channel       | {"tokens":[{"sha256":"%s","user":"u","role":"SYSTEM","channel":"PROVIDER_OFFICE"}]}                | tokens[0].channel
            not json              | {"tokens":[                                                                                        | cannot be read
            no list               | {}                                                                                                 | tokens: required
            """)
    void aBrokenEntryIsRefusedNamingItsField(String title, String json, String named) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, json.formatted("a".repeat(64)));
        assertThatThrownBy(() -> TokenFile.load(file)).isInstanceOf(TokenFileException.class).hasMessageContaining(named);
    }

    @Test
    void aSystemAccountOfTheTeachersPlatformKeepsItsChannel() {
        Path file = dir.resolve("tokens.json");
        ActingUser platform = new ActingUser("platform", Role.SYSTEM, null, null, Channel.PLATFORM);
        Map<ActingUser, String> issued = TokenFile.create(file, List.of(platform));
        assertThat(TokenFile.load(file).authenticate(issued.get(platform))).get().extracting(ActingUser::channel).isEqualTo(Channel.PLATFORM);
    }

    @Test
    void theSameHashTwiceIsRefused() throws Exception {
        Path file = dir.resolve("twice.json");
        String entry = "{\"sha256\":\"" + "b".repeat(64) + "\",\"user\":\"u\",\"role\":\"SYSTEM\"}";
        Files.writeString(file, "{\"tokens\":[" + entry + "," + entry + "]}");
        assertThatThrownBy(() -> TokenFile.load(file)).hasMessageContaining("tokens[1].sha256").hasMessageContaining("twice");
    }

    @Test
    void theFileIsCreatedReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("tokens.json");
        TokenFile.create(file, List.of(new ActingUser("portal", Role.SYSTEM, null, null)));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        TokenFile.requirePrivate(file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> TokenFile.requirePrivate(file)).isInstanceOf(TokenFileException.class).hasMessageContaining("rw-r-----");
    }

    @Test
    void aTokenStopsWorkingAtItsExpiry() throws Exception {
        Path file = dir.resolve("expiring.json");
        Files.writeString(file, "{\"tokens\":[" + entry("expiring", "portal", "\"expires\":\"2025-04-14T10:00:00+05:00\"") + ","
                + entry("forever", "system", "") + "]}");
        MutableClock clock = new MutableClock(2025, 4, 14, 9, 59);
        TokenFile tokens = TokenFile.parse(file, Files.readAllBytes(file), clock);
        assertThat(tokens.authenticate("expiring")).map(ActingUser::user).contains("portal");
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(tokens.authenticate("expiring")).as("at its expiry").isEmpty();
        assertThat(tokens.authenticate("forever")).map(ActingUser::user).contains("system");
    }

    @Test
    void anExpiryThatIsNoDateTimeIsRefusedByName() throws Exception {
        Path file = dir.resolve("bad-expiry.json");
        Files.writeString(file, "{\"tokens\":[" + entry("t", "portal", "\"expires\":\"next year\"") + "]}");
        assertThatThrownBy(() -> TokenFile.load(file)).hasMessageContaining("tokens[0].expires");
    }

    @Test
    void aChangedFileIsTakenWithoutRestartAndABrokenOneKeepsTheTokensInForce() throws Exception {
        Path file = dir.resolve("reloaded.json");
        write(file, "{\"tokens\":[" + entry("first", "portal", "") + "]}");
        MutableClock clock = new MutableClock(2025, 4, 14, 10, 0);
        ReloadingTokenFile tokens = ReloadingTokenFile.open(file, clock, java.time.Duration.ofSeconds(1));
        assertThat(tokens.authenticate("first")).isPresent();

        write(file, "{\"tokens\":[" + entry("second", "portal", "") + "]}");
        assertThat(tokens.authenticate("first")).as("not looked at again within the interval").isPresent();
        clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(tokens.authenticate("first")).as("removed from the file").isEmpty();
        assertThat(tokens.authenticate("second")).as("added to the file").isPresent();

        write(file, "{\"tokens\":[");
        clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(tokens.authenticate("second")).as("a broken file is not taken").isPresent();

        write(file, "{\"tokens\":[" + entry("third", "portal", "") + "]}");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(tokens.authenticate("third")).as("a file others may read is not taken").isEmpty();
        assertThat(tokens.authenticate("second")).isPresent();
    }

    /** A SYSTEM entry for the token with extra JSON members (or none). */
    private static String entry(String token, String user, String extra) {
        return "{\"sha256\":\"" + TokenFile.sha256(token) + "\",\"user\":\"" + user + "\",\"role\":\"SYSTEM\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static void write(Path file, String json) throws java.io.IOException {
        Files.writeString(file, json);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
}
