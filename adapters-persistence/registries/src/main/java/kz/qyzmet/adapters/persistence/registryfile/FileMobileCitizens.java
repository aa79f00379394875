package kz.qyzmet.adapters.persistence.registryfile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.domain.request.Iin;

/**
 * The mobile citizens' database, read from {@value #FILE} of a data directory:
 * <pre>{@code
 * {"mobileCitizens": [{"iin": "061211600012", "phone": "+77011234567"}]}
 * }</pre>
 * Each IIN appears once and is valid; each phone is in international form, {@code +7} and ten digits. Immutable
 * once read.
 */
public final class FileMobileCitizens implements MobileCitizens {

    /** The file's name in the data directory. */
    public static final String FILE = "mobile-citizens.json";

    private static final Pattern PHONE = Pattern.compile("\\+7\\d{10}");

    private final Map<Iin, String> phones;

    private FileMobileCitizens(Map<Iin, String> phones) {
        this.phones = Map.copyOf(phones);
    }

    /**
     * Reads the file, if the directory has one.
     *
     * @throws RegistryFileException naming the file, the entry, the field and the rule a broken file breaks
     */
    public static Optional<FileMobileCitizens> read(DataDirectory directory) {
        return RegistryFile.read(directory, FILE, "mobileCitizens", entries -> {
            RegistryFile.Unique<Iin> iins = new RegistryFile.Unique<>();
            Map<Iin, String> phones = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Field entry = entries.get(i).allowOnly("iin", "phone");
                Field iinField = entry.required("iin");
                Iin iin = RegistryFile.iin(iinField);
                iins.add(iin, iinField, i);
                Field phoneField = entry.required("phone");
                String phone = phoneField.text();
                if (!PHONE.matcher(phone).matches()) {
                    // The phone itself is personal data: the rule is named, the value is not repeated.
                    throw phoneField.broken("must be +7 and ten digits, such as +77011234567");
                }
                phones.put(iin, phone);
            }
            return new FileMobileCitizens(phones);
        });
    }

    /** How many phones the file holds. */
    public int size() {
        return phones.size();
    }

    @Override
    public Optional<String> phoneOf(Iin iin) {
        return Optional.ofNullable(phones.get(iin));
    }
}
