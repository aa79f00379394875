package kz.qyzmet.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.persistence.registryfile.FileMobileCitizens;
import kz.qyzmet.adapters.persistence.registryfile.FilePersons;
import kz.qyzmet.adapters.persistence.registryfile.FilePowersOfAttorney;
import kz.qyzmet.adapters.persistence.registryfile.FileTerritories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sample registry files for the demo: on the start that creates the demo accounts, the demo applicant and a
 * representative become known persons with addresses on school-1's and school-2's territories, the representative
 * holds a power of attorney valid for a year, and both have a phone. Everybody in them is fictional. A file that is
 * already there is never overwritten.
 */
final class DemoRegistries {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegistries.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The demo applicant (the demo account {@code aigerim}). */
    static final String APPLICANT = "061211600012";
    /** The demo representative, who holds {@link #POWER_OF_ATTORNEY} from the applicant. */
    static final String REPRESENTATIVE = "850101300015";
    /** A second demo applicant, living on school-2's territory. */
    static final String NEIGHBOUR_OF_SCHOOL_2 = "960315300011";
    /** The demo power of attorney's number. */
    static final String POWER_OF_ATTORNEY = "DEMO-POA/1";

    private DemoRegistries() {
    }

    /** Writes each sample file that is not in the data directory yet; its power of attorney runs from a month ago for a year. */
    static void write(Path dataDir, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        write(dataDir, FilePersons.FILE, Map.of("persons", List.of(
                person(APPLICANT, "Сейтқали", "Айгерім", "Маратқызы", "2006-12-11", "Астана, Мәңгілік Ел даңғылы, 8, пәтер 12"),
                person(REPRESENTATIVE, "Сейтқали", "Марат", "Ерланұлы", "1985-01-01", "Астана, Тұран даңғылы, 20, пәтер 5"),
                person(NEIGHBOUR_OF_SCHOOL_2, "Омарова", "Дана", null, "1996-03-15", "Астана, Тұран даңғылы, 20, пәтер 41"))));
        write(dataDir, FileTerritories.FILE, Map.of("territories", List.of(
                Map.of("school", "school-1", "addresses", List.of("Астана, Мәңгілік Ел даңғылы, 8", "Астана, Мәңгілік Ел даңғылы, 10")),
                Map.of("school", "school-2", "addresses", List.of("Астана, Тұран даңғылы, 20")))));
        Map<String, Object> power = new LinkedHashMap<>();
        power.put("number", POWER_OF_ATTORNEY);
        power.put("principal", APPLICANT);
        power.put("representative", REPRESENTATIVE);
        power.put("services", List.of("education-document-duplicate", "school-admission", "school-meals", "school-transfer"));
        power.put("validFrom", today.minusMonths(1).toString());
        power.put("validTo", today.plusYears(1).toString());
        power.put("notary", "Demo notary (fictional), Astana");
        write(dataDir, FilePowersOfAttorney.FILE, Map.of("powersOfAttorney", List.of(power)));
        write(dataDir, FileMobileCitizens.FILE, Map.of("mobileCitizens", List.of(
                Map.of("iin", APPLICANT, "phone", "+77010000001"),
                Map.of("iin", REPRESENTATIVE, "phone", "+77010000002"))));
    }

    private static Map<String, Object> person(String iin, String surname, String givenName, String patronymic, String birthDate,
                                              String address) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("iin", iin);
        person.put("surname", surname);
        person.put("givenName", givenName);
        if (patronymic != null) {
            person.put("patronymic", patronymic);
        }
        person.put("birthDate", birthDate);
        person.put("address", address);
        return person;
    }

    private static void write(Path dataDir, String file, Object content) {
        Path path = dataDir.resolve(file);
        try {
            // CREATE_NEW: an operator's file, even one created a moment ago, is never replaced.
            Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            LOG.info("Demo registry: wrote sample {} (fictional people; replace it with the real register's data)", file);
        } catch (FileAlreadyExistsException e) {
            LOG.info("Demo registry: kept the existing {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " in " + dataDir.toAbsolutePath() + ": cannot be written", e);
        }
    }
}
