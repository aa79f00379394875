package kz.qyzmet.adapters.persistence.registryfile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.RegisteredPerson;
import kz.qyzmet.domain.request.Iin;

/**
 * The register of individuals, read from {@value #FILE} of a data directory:
 * <pre>{@code
 * {"persons": [
 *   {"iin": "061211600012", "surname": "Сейтқали", "givenName": "Айгерім", "patronymic": "Маратқызы",
 *    "birthDate": "2006-12-11", "address": "Астана, Мәңгілік Ел даңғылы, 8, пәтер 12"}]}
 * }</pre>
 * Each IIN appears once and is valid; surname, given name and birth date are required, the patronymic and the
 * registered address optional. Immutable once read.
 */
public final class FilePersons implements PersonRegistry {

    /** The file's name in the data directory. */
    public static final String FILE = "persons.json";

    private final Map<Iin, RegisteredPerson> persons;

    private FilePersons(Map<Iin, RegisteredPerson> persons) {
        this.persons = Map.copyOf(persons);
    }

    /**
     * Reads the file, if the directory has one.
     *
     * @throws RegistryFileException naming the file, the entry, the field and the rule a broken file breaks
     */
    public static Optional<FilePersons> read(DataDirectory directory) {
        return RegistryFile.read(directory, FILE, "persons", entries -> {
            RegistryFile.Unique<Iin> iins = new RegistryFile.Unique<>();
            Map<Iin, RegisteredPerson> persons = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Field entry = entries.get(i).allowOnly("iin", "surname", "givenName", "patronymic", "birthDate", "address");
                Field iinField = entry.required("iin");
                Iin iin = RegistryFile.iin(iinField);
                iins.add(iin, iinField, i);
                String surname = entry.required("surname").text();
                String givenName = entry.required("givenName").text();
                Optional<Field> patronymicField = entry.optional("patronymic");
                String patronymic = patronymicField.map(Field::text).orElse(null);
                var birthDate = entry.required("birthDate").date();
                Optional<Field> addressField = entry.optional("address");
                String address = addressField.map(Field::text).orElse(null);
                persons.put(iin, entry.build(() -> new RegisteredPerson(iin, surname, givenName, patronymic, birthDate, address)));
            }
            return new FilePersons(persons);
        });
    }

    /** How many persons the file holds. */
    public int size() {
        return persons.size();
    }

    @Override
    public Optional<RegisteredPerson> find(Iin iin) {
        return Optional.ofNullable(persons.get(iin));
    }
}
