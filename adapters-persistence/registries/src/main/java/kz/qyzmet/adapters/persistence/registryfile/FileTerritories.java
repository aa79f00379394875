package kz.qyzmet.adapters.persistence.registryfile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.domain.admission.Candidate.Territory;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;

/**
 * The territories schools serve, read from {@value #FILE} of a data directory, with each applicant's registered
 * address from the register of individuals:
 * <pre>{@code
 * {"territories": [
 *   {"school": "school-1", "addresses": ["Астана, Мәңгілік Ел даңғылы, 8", "Астана, Мәңгілік Ел даңғылы, 10"]}]}
 * }</pre>
 * An applicant is {@link Territory#OWN} to a school when their registered address is one of the school's addresses
 * or lies inside one (the address continues after a comma: a flat in a listed building); {@link Territory#OTHER}
 * when their address is known and lies elsewhere; {@link Territory#UNKNOWN} when the register of individuals holds
 * no address for them or the file lists no territory for the school. Addresses compare without regard to case or
 * repeated spaces. Each school appears once, with at least one address, none twice. Immutable once read.
 */
public final class FileTerritories implements TerritoryRegistry {

    /** The file's name in the data directory. */
    public static final String FILE = "territories.json";

    private final Map<ProviderId, Set<String>> addresses;
    private final PersonRegistry persons;

    private FileTerritories(Map<ProviderId, Set<String>> addresses, PersonRegistry persons) {
        this.addresses = Map.copyOf(addresses);
        this.persons = persons;
    }

    /**
     * Reads the file, if the directory has one.
     *
     * @param persons the register of individuals, which gives each applicant's registered address
     * @throws RegistryFileException naming the file, the entry, the field and the rule a broken file breaks
     */
    public static Optional<FileTerritories> read(DataDirectory directory, PersonRegistry persons) {
        return RegistryFile.read(directory, FILE, "territories", entries -> {
            RegistryFile.Unique<ProviderId> schools = new RegistryFile.Unique<>();
            Map<ProviderId, Set<String>> addresses = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Field entry = entries.get(i).allowOnly("school", "addresses");
                Field schoolField = entry.required("school");
                String id = schoolField.text();
                ProviderId school = schoolField.build(() -> ProviderId.of(id));
                schools.add(school, schoolField, i);
                Set<String> served = new LinkedHashSet<>();
                for (Field address : entry.required("addresses").elements()) {
                    if (!served.add(normal(address.text()))) {
                        throw address.broken("appears twice");
                    }
                }
                if (served.isEmpty()) {
                    throw entry.required("addresses").broken("must not be empty");
                }
                addresses.put(school, served);
            }
            return new FileTerritories(addresses, persons);
        });
    }

    /** How many schools the file gives a territory for. */
    public int size() {
        return addresses.size();
    }

    @Override
    public Territory territoryOf(ProviderId school, Iin applicant) {
        Set<String> served = addresses.get(school);
        Optional<String> address = persons.find(applicant).flatMap(p -> p.registeredAddress()).map(FileTerritories::normal);
        if (served == null || address.isEmpty()) {
            return Territory.UNKNOWN;
        }
        String lives = address.get();
        return served.stream().anyMatch(a -> lives.equals(a) || lives.startsWith(a + ",")) ? Territory.OWN : Territory.OTHER;
    }

    private static String normal(String address) {
        return address.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
