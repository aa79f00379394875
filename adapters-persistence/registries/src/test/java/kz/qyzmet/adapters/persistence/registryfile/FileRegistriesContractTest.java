package kz.qyzmet.adapters.persistence.registryfile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qyzmet.adapters.persistence.contract.MobileCitizensContract;
import kz.qyzmet.adapters.persistence.contract.PersonRegistryContract;
import kz.qyzmet.adapters.persistence.contract.PowerOfAttorneyRegistryContract;
import kz.qyzmet.adapters.persistence.contract.TerritoryRegistryContract;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.application.request.port.out.RegisteredPerson;
import kz.qyzmet.domain.admission.Candidate.Territory;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The registries read from data-directory files keep the registry contracts: each fixture is written as the file. */
class FileRegistriesContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<ServiceId> CATALOG = Set.of(ServiceId.of("education-document-duplicate"), ServiceId.of("school-meals"),
            ServiceId.of("school-transfer"), ServiceId.of("school-admission"));

    @TempDir
    Path dir;

    DataDirectory write(String file, Object content) {
        try {
            Files.writeString(dir.resolve(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DataDirectory.of(dir);
    }

    @Nested
    class PowersOfAttorney extends PowerOfAttorneyRegistryContract {
        @Override
        protected PowerOfAttorneyRegistry registryHolding(List<Given> powersOfAttorney) {
            List<Map<String, Object>> entries = powersOfAttorney.stream().map(p -> Map.<String, Object>of(
                    "number", p.number(), "principal", p.principal().value(), "representative", p.representative().value(),
                    "services", p.services().stream().map(ServiceId::value).sorted().toList(),
                    "validFrom", p.validFrom().toString(), "validTo", p.validTo().toString(), "notary", p.notary())).toList();
            return FilePowersOfAttorney.read(write(FilePowersOfAttorney.FILE, Map.of("powersOfAttorney", entries)), CATALOG).orElseThrow();
        }
    }

    @Nested
    class Persons extends PersonRegistryContract {
        @Override
        protected PersonRegistry registryHolding(List<RegisteredPerson> persons) {
            return FilePersons.read(write(FilePersons.FILE, Map.of("persons", persons.stream().map(FileRegistriesContractTest::entry).toList())))
                    .orElseThrow();
        }
    }

    static Map<String, Object> entry(RegisteredPerson person) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("iin", person.iin().value());
        entry.put("surname", person.surname());
        entry.put("givenName", person.givenName());
        if (person.patronymic() != null) {
            entry.put("patronymic", person.patronymic());
        }
        entry.put("birthDate", person.birthDate().toString());
        person.registeredAddress().ifPresent(a -> entry.put("address", a));
        return entry;
    }

    @Nested
    class Territories extends TerritoryRegistryContract {
        /** Each applicant lives at a flat of their own building; a school's territory lists the buildings of its OWN applicants. */
        @Override
        protected TerritoryRegistry registryPlacing(List<Placement> placements) {
            Map<ProviderId, List<String>> served = new LinkedHashMap<>();
            List<RegisteredPerson> persons = new ArrayList<>();
            for (Placement placement : placements) {
                List<String> addresses = served.computeIfAbsent(placement.school(), s -> new ArrayList<>(List.of("Астана, Школьная, 1")));
                if (placement.territory() == Territory.OWN) {
                    addresses.add(building(placement.applicant()));
                }
                if (persons.stream().noneMatch(p -> p.iin().equals(placement.applicant()))) {
                    persons.add(new RegisteredPerson(placement.applicant(), "S", "G", null, placement.applicant().birthDate(),
                            building(placement.applicant()) + ", пәтер 3"));
                }
            }
            PersonRegistry registry = FilePersons.read(write(FilePersons.FILE,
                    Map.of("persons", persons.stream().map(FileRegistriesContractTest::entry).toList()))).orElseThrow();
            List<Map<String, Object>> territories = served.entrySet().stream()
                    .map(e -> Map.<String, Object>of("school", e.getKey().value(), "addresses", e.getValue())).toList();
            return FileTerritories.read(write(FileTerritories.FILE, Map.of("territories", territories)), registry).orElseThrow();
        }

        private static String building(Iin applicant) {
            return "Астана, Улица " + applicant.value().substring(0, 6) + ", " + applicant.value().substring(9);
        }
    }

    @Nested
    class Phones extends MobileCitizensContract {
        @Override
        protected MobileCitizens registryHolding(Map<Iin, String> phones) {
            List<Map<String, Object>> entries = phones.entrySet().stream()
                    .map(e -> Map.<String, Object>of("iin", e.getKey().value(), "phone", e.getValue())).collect(Collectors.toList());
            return FileMobileCitizens.read(write(FileMobileCitizens.FILE, Map.of("mobileCitizens", entries))).orElseThrow();
        }
    }
}
