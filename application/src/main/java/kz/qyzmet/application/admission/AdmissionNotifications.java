package kz.qyzmet.application.admission;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.application.admission.port.in.NotificationEntry;
import kz.qyzmet.application.admission.port.in.NotificationOrderQuery;
import kz.qyzmet.application.admission.port.in.NotificationOrderUseCase;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.admission.Candidate;
import kz.qyzmet.domain.admission.NotificationOrder;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * The order of admission notifications of a school: its school-admission applications accepted in the year
 * and neither refused nor withdrawn, each placed by the register of addresses on the school's own territory
 * or another, ordered by {@link NotificationOrder}. Only the school's staff may ask.
 */
public final class AdmissionNotifications implements NotificationOrderUseCase {

    /** The service of school admission in the catalog. */
    public static final String SERVICE = "school-admission";
    /** The states of applications that are in the campaign. */
    static final Set<RequestStatus> IN_CAMPAIGN = RequestStatus.standing();
    /** How many applications of a school are looked at. */
    static final int LIMIT = 100_000;

    private final RequestRepository repository;
    private final TerritoryRegistry territories;
    private final CommandValidator validator;
    private final ZoneId zone;

    public AdmissionNotifications(RequestRepository repository, TerritoryRegistry territories, CommandValidator validator, ZoneId zone) {
        this.repository = Objects.requireNonNull(repository, "repository: required");
        this.territories = Objects.requireNonNull(territories, "territories: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public List<NotificationEntry> order(NotificationOrderQuery query) {
        validator.valid(query);
        Actor actor = query.actor().toActor();
        if (!actor.role().isProviderStaff()) {
            return List.of();
        }
        List<Candidate<ServiceRequest>> candidates = new ArrayList<>();
        for (ServiceRequest request : repository.find(WorklistCriteria.ofProvider(actor.provider(), IN_CAMPAIGN, LIMIT))) {
            if (!request.submission().service().value().equals(SERVICE) || request.acceptedAt().isEmpty()) {
                continue;
            }
            var acceptedAt = request.acceptedAt().get();
            if (acceptedAt.atZone(zone).getYear() == query.year()) {
                candidates.add(new Candidate<>(request, territories.territoryOf(actor.provider(), request.submission().applicant().iin()),
                        acceptedAt));
            }
        }
        List<Candidate<ServiceRequest>> ordered = NotificationOrder.order(candidates);
        List<NotificationEntry> entries = new ArrayList<>(ordered.size());
        for (Candidate<ServiceRequest> candidate : ordered) {
            entries.add(new NotificationEntry(entries.size() + 1, candidate.request().id().value(),
                    candidate.request().submission().applicant().iin().value(), candidate.territory(), candidate.registeredAt()));
        }
        return entries;
    }
}
