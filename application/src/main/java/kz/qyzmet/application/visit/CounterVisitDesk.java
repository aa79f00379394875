package kz.qyzmet.application.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.application.request.RequestDesk;
import kz.qyzmet.application.request.RequestNotFoundException;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.application.validation.InvalidCommandException.Violation;
import kz.qyzmet.application.visit.port.in.CounterVisitNotAllowedException;
import kz.qyzmet.application.visit.port.in.RecordCounterVisitCommand;
import kz.qyzmet.application.visit.port.in.RecordCounterVisitUseCase;
import kz.qyzmet.application.visit.port.out.CounterVisits;
import kz.qyzmet.domain.catalog.ChannelTerms;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.visit.CounterVisit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the visits to the counters: checks the moments and who records them, takes the waiting and desk-time
 * limits from the standard version that governs the request (the accepted one, or the one in force on the day
 * the ticket was taken while the request awaits intake) and stores the visit.
 */
public final class CounterVisitDesk implements RecordCounterVisitUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(CounterVisitDesk.class);

    private final RequestRepository requests;
    private final CounterVisits visits;
    private final CatalogSource catalog;
    private final CommandValidator validator;
    private final Clock clock;
    private final ZoneId zone;

    public CounterVisitDesk(RequestRepository requests, CounterVisits visits, CatalogSource catalog, CommandValidator validator, Clock clock,
                            ZoneId zone) {
        this.requests = Objects.requireNonNull(requests, "requests: required");
        this.visits = Objects.requireNonNull(visits, "visits: required");
        this.catalog = Objects.requireNonNull(catalog, "catalog: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public CounterVisit record(RecordCounterVisitCommand command) {
        validator.valid(command);
        Actor actor = command.actor().toActor();
        Instant ticket = command.ticketTakenAt().toInstant();
        Instant called = command.calledAt().toInstant();
        Instant served = command.servedAt().toInstant();
        List<Violation> violations = new ArrayList<>();
        if (called.isBefore(ticket)) {
            violations.add(new Violation("calledAt", "order", "must not be before ticketTakenAt"));
        }
        if (served.isBefore(called)) {
            violations.add(new Violation("servedAt", "order", "must not be before calledAt"));
        }
        if (served.isAfter(clock.instant())) {
            violations.add(new Violation("servedAt", "past", "must not be in the future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        ServiceRequest request = requests.find(new RequestId(command.requestId()))
                .filter(found -> RequestDesk.visible(actor, found))
                .orElseThrow(() -> new RequestNotFoundException(command.requestId().toString()));
        var channel = request.submission().channel();
        if (!CounterVisit.atCounter(channel)) {
            throw new InvalidCommandException(List.of(new Violation("requestId", "counter",
                    "the request came through " + channel + "; only PROVIDER_OFFICE and STATE_CORPORATION requests are served at a counter")));
        }
        Role role = actor.role();
        boolean serves = role == CounterVisitNotAllowedException.allowed(channel)
                && (role == Role.STATE_CORPORATION_OPERATOR || request.submission().provider().equals(actor.provider()));
        if (!serves) {
            throw new CounterVisitNotAllowedException(role, channel);
        }
        ChannelTerms terms = version(request, ticket).termsFor(request.submission().service(), channel);
        CounterVisit visit = new CounterVisit(UUID.randomUUID(), request.id(), request.submission().provider(), request.submission().service(),
                channel, ticket, called, served, terms.maxWaiting().value().orElse(null), terms.maxService().value().orElse(null), actor.user());
        visits.add(visit);
        LOG.info("Counter visit for request {} at {}: waited {} (max {}), at the desk {} (max {}), recorded by {}", request.id(), channel,
                visit.waiting(), limit(visit.maxWaiting()), visit.deskTime(), limit(visit.maxDesk()), actor.user());
        return visit;
    }

    private StandardVersion version(ServiceRequest request, Instant ticket) {
        ServiceStandard standard = catalog.catalog().find(request.submission().service().value())
                .orElseThrow(() -> new IllegalStateException("service " + request.submission().service() + " of a stored request is not in the catalog"));
        return request.standardVersion().flatMap(standard::version)
                .or(() -> standard.versionOn(ticket.atZone(zone).toLocalDate()))
                .orElseThrow(() -> new InvalidCommandException(List.of(new Violation("ticketTakenAt", "version",
                        "no version of the standard of " + standard.id().value() + " is in force on that day"))));
    }

    private static String limit(Duration limit) {
        return limit == null ? "none given" : limit.toString();
    }
}
