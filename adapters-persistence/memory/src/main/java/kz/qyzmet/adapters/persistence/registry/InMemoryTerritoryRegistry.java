package kz.qyzmet.adapters.persistence.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.domain.admission.Candidate;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;

/**
 * The register of addresses, in memory: which applicants a test or demo places on a school's own territory
 * or another. Anybody not placed is {@link Candidate.Territory#UNKNOWN}: this is the bundled server's stand-in
 * when its data directory has no {@code territories.json}.
 */
public final class InMemoryTerritoryRegistry implements TerritoryRegistry {

    private final Map<String, Candidate.Territory> placed = new ConcurrentHashMap<>();

    /** Places applicants relative to a school. */
    public InMemoryTerritoryRegistry place(ProviderId school, Candidate.Territory territory, Iin... applicants) {
        for (Iin applicant : applicants) {
            placed.put(key(school, applicant), territory);
        }
        return this;
    }

    @Override
    public Candidate.Territory territoryOf(ProviderId school, Iin applicant) {
        return placed.getOrDefault(key(school, applicant), Candidate.Territory.UNKNOWN);
    }

    private static String key(ProviderId school, Iin applicant) {
        return school.value() + "/" + applicant.value();
    }
}
