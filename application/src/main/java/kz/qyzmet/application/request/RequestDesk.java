package kz.qyzmet.application.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.request.port.out.ChangedRequest;
import kz.qyzmet.application.request.port.out.Notifications;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request use case shares: the ports, the clock, loading a request the actor may see (another
 * tenant's request is "not found", never "forbidden"), the revision check, and storing a change with its
 * events before publishing them, with the request's next-watch instant for the deployment's at-risk share. Logs name requests, services and accounts — never IINs or names.
 */
public final class RequestDesk {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDesk.class);

    final RequestRepository repository;
    final RequestEventPublisher events;
    final CatalogServices catalog;
    final DeadlinePolicy deadlines;
    final CommandValidator validator;
    final Clock clock;
    final Notifications notifications;
    /** The deployment's at-risk share, with which the store computes each request's next-watch instant. */
    final AtRiskShare watchShare;
    private final NotificationTexts texts;

    RequestDesk(RequestRepository repository, RequestEventPublisher events, Notifications notifications, CatalogServices catalog,
                DeadlinePolicy deadlines, CommandValidator validator, Clock clock, AtRiskShare watchShare) {
        this.watchShare = Objects.requireNonNull(watchShare, "watchShare: required");
        this.notifications = Objects.requireNonNull(notifications, "notifications: required");
        this.repository = Objects.requireNonNull(repository, "repository: required");
        this.events = Objects.requireNonNull(events, "events: required");
        this.catalog = Objects.requireNonNull(catalog, "catalog: required");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.texts = new NotificationTexts(deadlines.zone());
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The request, if the actor may see it; otherwise "not found". A command that names its revision lets the store
     * answer without a read where it can ({@link RequestRepository#findAt}); the same checks follow either way.
     */
    ServiceRequest load(Actor actor, UUID id, Integer expectedRevision) {
        RequestId requestId = new RequestId(id);
        ServiceRequest request = (expectedRevision == null ? repository.find(requestId) : repository.findAt(requestId, expectedRevision))
                .filter(found -> visible(actor, found))
                .orElseThrow(() -> new RequestNotFoundException(id.toString()));
        if (expectedRevision != null && expectedRevision != request.revision()) {
            throw new StaleRevisionException(requestId, expectedRevision, request.revision());
        }
        return request;
    }

    /** Whether the actor may see the request: its applicant, its provider's staff, the State Corporation for its requests. */
    public static boolean visible(Actor actor, ServiceRequest request) {
        return switch (actor.role()) {
            case APPLICANT -> request.concerns(actor);
            case INTAKE_OFFICER, HEAD, EXECUTOR -> request.submission().provider().equals(actor.provider());
            case STATE_CORPORATION_OPERATOR -> request.submission().channel() == Channel.STATE_CORPORATION;
            case SYSTEM -> true;
        };
    }

    /** The version of the standard the request is governed by (the one in force when it was accepted). */
    StandardVersion governingVersion(ServiceRequest request) {
        String version = request.standardVersion()
                .orElseThrow(() -> new IllegalStateException("request " + request.id() + " has no governing version before acceptance"))
                .value();
        return catalog.showStandard(new ShowStandardQuery(request.submission().service().value(),
                now().atZone(deadlines.zone()).toLocalDate(), version)).version();
    }

    /** Stores the change made since {@code revisionBefore} and publishes its events. */
    ServiceRequest save(ServiceRequest request, int revisionBefore) {
        repository.update(request, revisionBefore, watchShare);
        return published(request, revisionBefore);
    }

    /**
     * Stores the changes together ({@link RequestRepository#updateEach}: a store may commit them in one transaction),
     * each only if its revision is still the one it started from, and publishes the events of each one stored, once.
     *
     * @return one entry a change, in order: empty where it is stored and published, the store's failure where not
     */
    List<Optional<RuntimeException>> saveEach(List<ChangedRequest> changes) {
        List<Optional<RuntimeException>> failures = repository.updateEach(changes, watchShare);
        if (failures.size() != changes.size()) {
            throw new IllegalStateException("the request repository answered " + failures.size() + " outcomes for "
                    + changes.size() + " changes");
        }
        for (int i = 0; i < changes.size(); i++) {
            if (failures.get(i).isEmpty()) {
                published(changes.get(i).request(), changes.get(i).expectedRevision());
            }
        }
        return failures;
    }

    /** Publishes the events a stored change added since {@code revisionBefore}, tells the applicant, logs them. */
    private ServiceRequest published(ServiceRequest request, int revisionBefore) {
        List<RequestEvent> added = request.history().subList(revisionBefore, request.revision());
        events.publish(request.id(), added);
        notify(request, added);
        added.forEach(event -> LOG.info("Request {} {}: {} -> {} by {} ({})", request.id(), request.submission().service(),
                event.header().from(), event.header().to(), event.header().actor().user(), event.header().actor().role()));
        return request;
    }

    /** Tells the applicant what concerns them; the change is stored already, so a failure here is only logged. */
    private void notify(ServiceRequest request, List<RequestEvent> added) {
        for (RequestEvent event : added) {
            try {
                texts.of(request, event).ifPresent(notifications::deliver);
            } catch (RuntimeException e) {
                LOG.warn("Request {}: the applicant's message about {} was not delivered: {}", request.id(),
                        event.typeName(), e.getClass().getName());
            }
        }
    }
}
