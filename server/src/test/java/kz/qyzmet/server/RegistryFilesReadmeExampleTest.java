package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.registryfile.FileMobileCitizens;
import kz.qyzmet.adapters.persistence.registryfile.FilePersons;
import kz.qyzmet.adapters.persistence.registryfile.FilePowersOfAttorney;
import kz.qyzmet.adapters.persistence.registryfile.FileTerritories;
import kz.qyzmet.adapters.persistence.registryfile.RegistryFileException;
import kz.qyzmet.domain.admission.Candidate.Territory;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Registries" section kept true: each file's example is taken from the README as it stands, written
 * into a data directory and read through the file adapter the bundled server uses, and what the README says about
 * it is checked.
 */
class RegistryFilesReadmeExampleTest {

    private static final Iin AIGERIM = Iin.of("061211600012");
    private static final Iin MARAT = Iin.of("850101300015");
    private static final Set<ServiceId> CATALOG = Set.of(ServiceId.of("education-document-duplicate"), ServiceId.of("school-meals"),
            ServiceId.of("school-admission"));

    @TempDir
    Path dir;
    private String readme;

    @BeforeEach
    void readReadme() throws IOException {
        readme = Files.readString(Path.of("..", "README.md"));
    }

    /** The first JSON block after the section heading of that file, written into the data directory. */
    private DataDirectory example(String file) throws IOException {
        int heading = readme.indexOf("### `" + file + "`");
        assertThat(heading).as("README section for %s", file).isPositive();
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find(heading)).as("a JSON example under %s", file).isTrue();
        Files.writeString(dir.resolve(file), block.group(1));
        return DataDirectory.of(dir);
    }

    @Test
    void thePersonsExampleHoldsBothPersonsWithTheirFacts() throws IOException {
        FilePersons persons = FilePersons.read(example("persons.json")).orElseThrow();
        assertThat(persons.size()).isEqualTo(2);
        assertThat(persons.find(AIGERIM).orElseThrow().registeredAddress()).contains("Астана, Мәңгілік Ел даңғылы, 8, пәтер 12");
        assertThat(persons.find(MARAT).orElseThrow().patronymic()).isNull();
    }

    @Test
    void thePowerOfAttorneyExampleConfirmsTheRepresentativeForItsServicesOnItsDays() throws IOException {
        FilePowersOfAttorney powers = FilePowersOfAttorney.read(example("powers-of-attorney.json"), CATALOG).orElseThrow();
        ServiceId duplicate = ServiceId.of("education-document-duplicate");
        assertThat(powers.confirms("POA-2026/17", AIGERIM, MARAT, duplicate, LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(powers.confirms("POA-2026/17", AIGERIM, MARAT, ServiceId.of("school-meals"), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(powers.confirms("POA-2026/17", AIGERIM, MARAT, duplicate, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(powers.confirms("POA-2026/17", AIGERIM, MARAT, ServiceId.of("school-admission"), LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void theTerritoriesExamplePlacesThePersonsOfThePersonsExample() throws IOException {
        FilePersons persons = FilePersons.read(example("persons.json")).orElseThrow();
        FileTerritories territories = FileTerritories.read(example("territories.json"), persons).orElseThrow();
        assertThat(territories.territoryOf(ProviderId.of("school-1"), AIGERIM)).isEqualTo(Territory.OWN);
        assertThat(territories.territoryOf(ProviderId.of("school-2"), AIGERIM)).isEqualTo(Territory.OTHER);
        assertThat(territories.territoryOf(ProviderId.of("school-2"), MARAT)).isEqualTo(Territory.OWN);
        assertThat(territories.territoryOf(ProviderId.of("school-1"), MARAT)).isEqualTo(Territory.OTHER);
    }

    @Test
    void theMobileCitizensExampleGivesThePhone() throws IOException {
        FileMobileCitizens phones = FileMobileCitizens.read(example("mobile-citizens.json")).orElseThrow();
        assertThat(phones.phoneOf(AIGERIM)).contains("+77011234567");
        assertThat(phones.phoneOf(MARAT)).isEmpty();
    }

    @Test
    void theReadmesBrokenFileMessageIsTheOneTheServerGives() throws IOException {
        String shown = "powers-of-attorney.json: powersOfAttorney[1].validTo: must not be before validFrom 2026-01-01, was 2025-12-31";
        assertThat(readme).contains(shown);
        String entry = "{\"number\": \"N-%d\", \"principal\": \"061211600012\", \"representative\": \"850101300015\", "
                + "\"services\": [\"school-meals\"], \"validFrom\": \"2026-01-01\", \"validTo\": \"%s\", \"notary\": \"N\"}";
        Files.writeString(dir.resolve("powers-of-attorney.json"), "{\"powersOfAttorney\": [" + entry.formatted(0, "2026-12-31") + ", "
                + entry.formatted(1, "2025-12-31") + "]}");
        assertThatThrownBy(() -> FilePowersOfAttorney.read(DataDirectory.of(dir), CATALOG))
                .isInstanceOf(RegistryFileException.class).hasMessage(shown);
    }
}
