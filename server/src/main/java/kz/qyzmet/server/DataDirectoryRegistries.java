package kz.qyzmet.server;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.registry.InMemoryMobileCitizens;
import kz.qyzmet.adapters.persistence.registry.InMemoryPowerOfAttorneyRegistry;
import kz.qyzmet.adapters.persistence.registry.InMemoryTerritoryRegistry;
import kz.qyzmet.adapters.persistence.registry.WellFormedIinRegistry;
import kz.qyzmet.adapters.persistence.registryfile.FileMobileCitizens;
import kz.qyzmet.adapters.persistence.registryfile.FilePersons;
import kz.qyzmet.adapters.persistence.registryfile.FilePowersOfAttorney;
import kz.qyzmet.adapters.persistence.registryfile.FileTerritories;
import kz.qyzmet.adapters.persistence.registryfile.RegistryFileException;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.embedded.Qyzmet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state registries of the bundled server, read and checked from the data directory at start: each file that
 * is there replaces its stand-in, and the log says which stand-in is in use for each file that is not. A broken
 * file is a {@link RegistryFileException}, before anything is stored.
 */
record DataDirectoryRegistries(PersonRegistry persons, PowerOfAttorneyRegistry powersOfAttorney, TerritoryRegistry territories,
                               MobileCitizens mobileCitizens) {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryRegistries.class);

    /** Reads the four files of the data directory, the powers of attorney checked against the catalog's services. */
    static DataDirectoryRegistries read(Path dataDir, CatalogSource catalog) {
        DataDirectory directory = DataDirectory.of(dataDir);
        Set<ServiceId> services = catalog.catalog().standards().stream().map(ServiceStandard::id).collect(Collectors.toSet());
        PersonRegistry persons = FilePersons.read(directory).<PersonRegistry>map(file -> {
            LOG.info("Persons: {} in {}", file.size(), FilePersons.FILE);
            return file;
        }).orElseGet(() -> {
            LOG.warn("Persons: no {} in the data directory, so every well-formed IIN counts as a registered person, "
                    + "with no name or address known", FilePersons.FILE);
            return new WellFormedIinRegistry();
        });
        PowerOfAttorneyRegistry powersOfAttorney = FilePowersOfAttorney.read(directory, services).<PowerOfAttorneyRegistry>map(file -> {
            LOG.info("Powers of attorney: {} in {}", file.size(), FilePowersOfAttorney.FILE);
            return file;
        }).orElseGet(() -> {
            LOG.warn("Powers of attorney: no {} in the data directory, so no representative's power of attorney can be confirmed",
                    FilePowersOfAttorney.FILE);
            return new InMemoryPowerOfAttorneyRegistry();
        });
        TerritoryRegistry territories = FileTerritories.read(directory, persons).<TerritoryRegistry>map(file -> {
            if (persons instanceof WellFormedIinRegistry) {
                throw new RegistryFileException(FileTerritories.FILE, "(file)",
                        "needs " + FilePersons.FILE + " beside it, which gives the applicants' registered addresses");
            }
            LOG.info("Territories: {} schools in {}", file.size(), FileTerritories.FILE);
            return file;
        }).orElseGet(() -> {
            LOG.warn("Territories: no {} in the data directory, so every applicant's territory is UNKNOWN", FileTerritories.FILE);
            return new InMemoryTerritoryRegistry();
        });
        MobileCitizens mobileCitizens = FileMobileCitizens.read(directory).<MobileCitizens>map(file -> {
            LOG.info("Mobile citizens: {} phones in {}", file.size(), FileMobileCitizens.FILE);
            return file;
        }).orElseGet(() -> {
            LOG.warn("Mobile citizens: no {} in the data directory, so no phone is known for any IIN", FileMobileCitizens.FILE);
            return new InMemoryMobileCitizens();
        });
        return new DataDirectoryRegistries(persons, powersOfAttorney, territories, mobileCitizens);
    }

    /** Wires the registries into the builder. */
    Qyzmet.Builder into(Qyzmet.Builder builder) {
        return builder.persons(persons).powersOfAttorney(powersOfAttorney).territories(territories).mobileCitizens(mobileCitizens);
    }
}
