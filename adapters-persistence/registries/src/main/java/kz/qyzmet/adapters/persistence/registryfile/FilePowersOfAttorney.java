package kz.qyzmet.adapters.persistence.registryfile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.Iin;

/**
 * The notarial register of powers of attorney, read from {@value #FILE} of a data directory:
 * <pre>{@code
 * {"powersOfAttorney": [
 *   {"number": "POA-2026/17", "principal": "061211600012", "representative": "850101300015",
 *    "services": ["education-document-duplicate"], "validFrom": "2026-01-15", "validTo": "2026-12-31",
 *    "notary": "Notary A. Seitkali, Astana"}]}
 * }</pre>
 * Each number appears once; principal and representative are valid IINs and differ; the services are ids of
 * the catalog; the validity's last day is not before its first. Immutable once read.
 */
public final class FilePowersOfAttorney implements PowerOfAttorneyRegistry {

    /** The file's name in the data directory. */
    public static final String FILE = "powers-of-attorney.json";

    /** The notary is kept as the register holds it; the check does not need it. */
    private record PowerOfAttorney(Iin principal, Iin representative, Set<ServiceId> services, LocalDate from, LocalDate to,
                                   String notary) {
    }

    private final Map<String, PowerOfAttorney> byNumber;

    private FilePowersOfAttorney(Map<String, PowerOfAttorney> byNumber) {
        this.byNumber = Map.copyOf(byNumber);
    }

    /**
     * Reads the file, if the directory has one.
     *
     * @param services the services of the catalog, which are all a power of attorney may name
     * @throws RegistryFileException naming the file, the entry, the field and the rule a broken file breaks
     */
    public static Optional<FilePowersOfAttorney> read(DataDirectory directory, Set<ServiceId> services) {
        return RegistryFile.read(directory, FILE, "powersOfAttorney", entries -> {
            RegistryFile.Unique<String> numbers = new RegistryFile.Unique<>();
            Map<String, PowerOfAttorney> byNumber = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Field entry = entries.get(i).allowOnly("number", "principal", "representative", "services", "validFrom", "validTo", "notary");
                Field numberField = entry.required("number");
                String number = numberField.text();
                Iin principal = RegistryFile.iin(entry.required("principal"));
                Field representativeField = entry.required("representative");
                Iin representative = RegistryFile.iin(representativeField);
                if (number.length() > 40 || !number.matches("[A-Za-z0-9/._-]+")) {
                    throw numberField.broken("must be 1-40 letters, digits, '/', '.', '_', '-' (the form a request's representative.powerOfAttorney takes)");
                }
                numbers.add(number, numberField, i);
                if (representative.equals(principal)) {
                    throw representativeField.broken("must not be the principal");
                }
                Set<ServiceId> named = new LinkedHashSet<>(entry.required("services").nonEmptyList(service(services)));
                Field toField = entry.required("validTo");
                LocalDate from = entry.required("validFrom").date();
                LocalDate to = toField.date();
                if (to.isBefore(from)) {
                    throw toField.broken("must not be before validFrom " + from + ", was " + to);
                }
                byNumber.put(number, new PowerOfAttorney(principal, representative, named, from, to, entry.required("notary").text()));
            }
            return new FilePowersOfAttorney(byNumber);
        });
    }

    private static Function<Field, ServiceId> service(Set<ServiceId> services) {
        return field -> {
            String id = field.text();
            ServiceId service = field.build(() -> ServiceId.of(id));
            if (!services.contains(service)) {
                throw field.broken("must be a service of the catalog (" + services.stream().map(ServiceId::value).sorted()
                        .collect(Collectors.joining(", ")) + "), was '" + id + "'");
            }
            return service;
        };
    }

    /** How many powers of attorney the file holds. */
    public int size() {
        return byNumber.size();
    }

    @Override
    public boolean confirms(String number, Iin applicant, Iin representative, ServiceId service, LocalDate on) {
        PowerOfAttorney found = number == null ? null : byNumber.get(number);
        return found != null && found.principal().equals(applicant) && found.representative().equals(representative)
                && found.services().contains(service) && !on.isBefore(found.from()) && !on.isAfter(found.to());
    }
}
