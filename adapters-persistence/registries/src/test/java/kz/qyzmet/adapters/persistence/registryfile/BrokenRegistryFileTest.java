package kz.qyzmet.adapters.persistence.registryfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of every registry file: a broken file is refused naming the file, the entry and field, and the rule. */
class BrokenRegistryFileTest {

    @TempDir
    Path dir;

    private static final String POA = "{\"number\": \"POA-1\", \"principal\": \"061211600012\", \"representative\": \"850101300015\", "
            + "\"services\": [\"school-meals\"], \"validFrom\": \"2026-01-01\", \"validTo\": \"2026-12-31\", \"notary\": \"N\"}";
    private static final String PERSON = "{\"iin\": \"061211600012\", \"surname\": \"S\", \"givenName\": \"G\", \"birthDate\": \"2006-12-11\"}";

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of(FilePowersOfAttorney.FILE, "[]", "(file)", "must hold one JSON object"),
                Arguments.of(FilePowersOfAttorney.FILE, "{\"powersOfAttorney\": [", "(line", "malformed JSON"),
                Arguments.of(FilePowersOfAttorney.FILE, "{}", "powersOfAttorney", "required"),
                Arguments.of(FilePowersOfAttorney.FILE, "{\"powersOfAttorney\": [], \"extra\": 1}", "extra", "unknown field"),
                Arguments.of(FilePowersOfAttorney.FILE, "{\"powersOfAttorney\": {}}", "powersOfAttorney", "must be an array"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("\"number\": \"POA-1\"", "\"number\": \"POA 1\""), "powersOfAttorney[0].number", "1-40 letters"),
                Arguments.of(FilePowersOfAttorney.FILE, "{\"powersOfAttorney\": [" + POA + ", " + POA + "]}", "powersOfAttorney[1].number", "the same as entry 0's"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("\"principal\": \"061211600012\"", "\"principal\": \"061211600013\""), "powersOfAttorney[0].principal", "check digit"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("\"representative\": \"850101300015\"", "\"representative\": \"061211600012\""), "powersOfAttorney[0].representative", "must not be the principal"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("[\"school-meals\"]", "[]"), "powersOfAttorney[0].services", "must not be empty"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("[\"school-meals\"]", "[\"school-dinners\"]"), "powersOfAttorney[0].services[0]", "must be a service of the catalog"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("\"validFrom\": \"2026-01-01\"", "\"validFrom\": \"01.01.2026\""), "powersOfAttorney[0].validFrom", "must be a date YYYY-MM-DD"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("\"validTo\": \"2026-12-31\"", "\"validTo\": \"2025-12-31\""), "powersOfAttorney[0].validTo", "must not be before validFrom"),
                Arguments.of(FilePowersOfAttorney.FILE, poa(", \"notary\": \"N\"", ""), "powersOfAttorney[0].notary", "required"),
                Arguments.of(FilePowersOfAttorney.FILE, poa("\"notary\": \"N\"", "\"notary\": \"N\", \"note\": 1"), "powersOfAttorney[0].note", "unknown field"),
                Arguments.of(FilePersons.FILE, "{\"persons\": [" + PERSON + ", " + PERSON + "]}", "persons[1].iin", "the same as entry 0's"),
                Arguments.of(FilePersons.FILE, person("\"iin\": \"061211600012\"", "\"iin\": \"0612116\""), "persons[0].iin", "12 digits"),
                Arguments.of(FilePersons.FILE, person("\"surname\": \"S\", ", ""), "persons[0].surname", "required"),
                Arguments.of(FilePersons.FILE, person("\"givenName\": \"G\"", "\"givenName\": \" \""), "persons[0].givenName", "must not be blank"),
                Arguments.of(FilePersons.FILE, person("\"birthDate\": \"2006-12-11\"", "\"birthDate\": \"2006-13-11\""), "persons[0].birthDate", "must be a date YYYY-MM-DD"),
                Arguments.of(FilePersons.FILE, person("\"birthDate\": \"2006-12-11\"", "\"birthDate\": \"2006-12-11\", \"address\": 8"), "persons[0].address", "must be a string"),
                Arguments.of(FilePersons.FILE, person("\"surname\": \"S\"", "\"surname\": \"" + "S".repeat(301) + "\""), "persons[0]", "at most 300 characters"),
                Arguments.of(FileMobileCitizens.FILE, "{\"mobileCitizens\": [{\"iin\": \"061211600012\", \"phone\": \"87011234567\"}]}", "mobileCitizens[0].phone", "must be +7 and ten digits"),
                Arguments.of(FileMobileCitizens.FILE, "{\"mobileCitizens\": [{\"iin\": \"061211600012\", \"phone\": \"+7701123456\"}]}", "mobileCitizens[0].phone", "must be +7 and ten digits"),
                Arguments.of(FileMobileCitizens.FILE, "{\"mobileCitizens\": [{\"iin\": \"061211600012\"}]}", "mobileCitizens[0].phone", "required"),
                Arguments.of(FileMobileCitizens.FILE, "{\"mobileCitizens\": [{\"iin\": \"061211600012\", \"phone\": \"+77011234567\"}, "
                        + "{\"iin\": \"061211600012\", \"phone\": \"+77011234568\"}]}", "mobileCitizens[1].iin", "the same as entry 0's"),
                Arguments.of(FileTerritories.FILE, "{\"territories\": [{\"school\": \"School 1\", \"addresses\": [\"A\"]}]}", "territories[0].school", "id"),
                Arguments.of(FileTerritories.FILE, "{\"territories\": [{\"school\": \"school-1\", \"addresses\": []}]}", "territories[0].addresses", "must not be empty"),
                Arguments.of(FileTerritories.FILE, "{\"territories\": [{\"school\": \"school-1\", \"addresses\": [\"A, 1\", \"a,  1\"]}]}", "territories[0].addresses[1]", "appears twice"),
                Arguments.of(FileTerritories.FILE, "{\"territories\": [{\"school\": \"school-1\", \"addresses\": [\"A\"]}, "
                        + "{\"school\": \"school-1\", \"addresses\": [\"B\"]}]}", "territories[1].school", "the same as entry 0's"));
    }

    private static String poa(String from, String to) {
        return "{\"powersOfAttorney\": [" + POA.replace(from, to) + "]}";
    }

    private static String person(String from, String to) {
        return "{\"persons\": [" + PERSON.replace(from, to) + "]}";
    }

    @ParameterizedTest(name = "{0}: {2}: {3}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedNamingFileEntryFieldAndRule(String file, String json, String path, String rule) throws Exception {
        Files.writeString(dir.resolve(file), json);
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(RegistryFileException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.path()).startsWith(path);
            assertThat(e.rule()).contains(rule);
            assertThat(e.getMessage()).startsWith(file + ": ").doesNotContain("061211600012", "850101300015", "87011234567");
        });
    }

    private Object read(String file) {
        DataDirectory directory = DataDirectory.of(dir);
        return switch (file) {
            case FilePowersOfAttorney.FILE -> FilePowersOfAttorney.read(directory, FileRegistriesContractTest.CATALOG);
            case FilePersons.FILE -> FilePersons.read(directory);
            case FileMobileCitizens.FILE -> FileMobileCitizens.read(directory);
            default -> FileTerritories.read(directory, new InMemoryPersonRegistry());
        };
    }

    @Test
    void anAbsentFileIsNoRegistry() {
        DataDirectory empty = DataDirectory.of(dir);
        assertThat(FilePersons.read(empty)).isEmpty();
        assertThat(FilePowersOfAttorney.read(empty, FileRegistriesContractTest.CATALOG)).isEmpty();
        assertThat(FileMobileCitizens.read(empty)).isEmpty();
        assertThat(FileTerritories.read(empty, new InMemoryPersonRegistry())).isEmpty();
    }

    @Test
    void aFlatInAListedBuildingIsOnTheSchoolsTerritory() throws Exception {
        Files.writeString(dir.resolve(FilePersons.FILE), "{\"persons\": [" + PERSON.replace("}", ", \"address\": \"Астана,  Мәңгілік Ел даңғылы, 8, пәтер 12\"}")
                + ", " + PERSON.replace("061211600012", "850101300015").replace("}", ", \"address\": \"Астана, Мәңгілік Ел даңғылы, 80\"}") + "]}");
        Files.writeString(dir.resolve(FileTerritories.FILE), "{\"territories\": [{\"school\": \"school-1\", \"addresses\": [\"астана, мәңгілік ел даңғылы, 8\"]}]}");
        FilePersons persons = FilePersons.read(DataDirectory.of(dir)).orElseThrow();
        FileTerritories territories = FileTerritories.read(DataDirectory.of(dir), persons).orElseThrow();
        assertThat(territories.territoryOf(kz.qyzmet.domain.request.ProviderId.of("school-1"), kz.qyzmet.domain.request.Iin.of("061211600012")))
                .isEqualTo(kz.qyzmet.domain.admission.Candidate.Territory.OWN);
        assertThat(territories.territoryOf(kz.qyzmet.domain.request.ProviderId.of("school-1"), kz.qyzmet.domain.request.Iin.of("850101300015")))
                .isEqualTo(kz.qyzmet.domain.admission.Candidate.Territory.OTHER);
        assertThat(territories.territoryOf(kz.qyzmet.domain.request.ProviderId.of("school-2"), kz.qyzmet.domain.request.Iin.of("061211600012")))
                .isEqualTo(kz.qyzmet.domain.admission.Candidate.Territory.UNKNOWN);
    }
}
