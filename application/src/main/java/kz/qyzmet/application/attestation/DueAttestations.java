package kz.qyzmet.application.attestation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.application.attestation.port.in.DueAttestation;
import kz.qyzmet.application.attestation.port.in.DueAttestationsQuery;
import kz.qyzmet.application.attestation.port.in.DueAttestationsUseCase;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.attestation.AttestationRules;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * The teachers due for attestation at a provider: among the provider's issued teacher-attestation requests,
 * each teacher's last one, where it was issued five years or more before the day — if the version of the
 * standard in force that day states the five-year interval. Only the provider's staff may ask; anybody else
 * gets an empty list. Teachers whose last attestation was not handled through Qyzmet are
 * not known to it.
 */
public final class DueAttestations implements DueAttestationsUseCase {

    /** The service of teacher attestation in the catalog. */
    public static final String SERVICE = "teacher-attestation";
    /** How many issued attestations of a provider are looked at. */
    static final int LIMIT = 100_000;

    private final RequestRepository repository;
    private final CatalogServices catalog;
    private final CommandValidator validator;
    private final AttestationRules rules;

    public DueAttestations(RequestRepository repository, CatalogServices catalog, CommandValidator validator, ZoneId zone) {
        this.repository = Objects.requireNonNull(repository, "repository: required");
        this.catalog = Objects.requireNonNull(catalog, "catalog: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
        this.rules = new AttestationRules(zone);
    }

    @Override
    public List<DueAttestation> due(DueAttestationsQuery query) {
        validator.valid(query);
        Actor actor = query.actor().toActor();
        boolean staff = actor.role().isProviderStaff();
        if (!staff) {
            return List.of();
        }
        StandardVersion version = catalog.showStandard(ShowStandardQuery.inForce(SERVICE, query.on())).version();
        if (!AttestationRules.requires(version, AttestationRules.AT_LEAST_EVERY_FIVE_YEARS)) {
            return List.of();
        }
        List<ServiceRequest> issued = repository.find(WorklistCriteria.ofProvider(actor.provider(), Set.of(RequestStatus.ISSUED), LIMIT));
        Map<String, DueAttestation> lastPerTeacher = new LinkedHashMap<>();
        for (ServiceRequest request : issued) {
            if (!request.submission().service().value().equals(SERVICE)) {
                continue;
            }
            LocalDate issuedOn = rules.issuedOn(request).orElseThrow();
            String iin = request.submission().applicant().iin().value();
            DueAttestation known = lastPerTeacher.get(iin);
            if (known == null || issuedOn.isAfter(known.lastIssued())) {
                lastPerTeacher.put(iin, new DueAttestation(iin, issuedOn, issuedOn.plus(AttestationRules.INTERVAL), request.id().value()));
            }
        }
        return lastPerTeacher.values().stream()
                .filter(teacher -> AttestationRules.due(teacher.lastIssued(), query.on()))
                .sorted(Comparator.comparing(DueAttestation::lastIssued))
                .toList();
    }
}
