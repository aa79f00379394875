package kz.qyzmet.adapters.rest.visit;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.parameter.RequestIdParameter;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.application.visit.port.in.RecordCounterVisitCommand;
import kz.qyzmet.application.visit.port.in.RecordCounterVisitUseCase;
import kz.qyzmet.domain.visit.CounterVisit;

/**
 * {@code POST /requests/{id}/counter-visits}: the counter (the provider's intake officer, or a State
 * Corporation operator) records when the applicant took a ticket, was called and had been served; the answer
 * gives the wait and the desk time against the standard's limits. Register before the request actions'
 * {@code /requests/{id}/{action}}, which would otherwise take the path.
 */
public final class CounterVisitRoutes implements Routes {

    private final RecordCounterVisitUseCase visits;
    private final JsonBodies bodies;
    private final ZoneId zone;

    public CounterVisitRoutes(RecordCounterVisitUseCase visits, JsonBodies bodies, ZoneId zone) {
        this.visits = Objects.requireNonNull(visits, "visits: required");
        this.bodies = Objects.requireNonNull(bodies, "bodies: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.post("/requests/{id}/counter-visits", this::record);
    }

    /** The body: the three moments, each with its UTC offset. */
    record VisitBody(OffsetDateTime ticketTakenAt, OffsetDateTime calledAt, OffsetDateTime servedAt) {
    }

    /** A recorded visit: minutes waited and at the desk, the standard's limits (null where it gives none), and the breaches. */
    record VisitJson(String id, String request, String service, String channel, OffsetDateTime ticketTakenAt, OffsetDateTime calledAt,
                     OffsetDateTime servedAt, long waitingMinutes, Long maxWaitingMinutes, boolean waitingBreached, long deskMinutes,
                     Long maxDeskMinutes, boolean deskBreached) {
    }

    private void record(Context ctx) {
        VisitBody body = bodies.read(ctx, VisitBody.class);
        CounterVisit visit = visits.record(new RecordCounterVisitCommand(Authentication.actor(ctx), RequestIdParameter.of(ctx),
                body.ticketTakenAt(), body.calledAt(), body.servedAt()));
        ctx.status(201).json(new VisitJson(visit.id().toString(), visit.request().value().toString(), visit.service().value(),
                visit.channel().name(), local(visit.ticketTakenAt()), local(visit.calledAt()), local(visit.servedAt()),
                visit.waiting().toMinutes(), minutes(visit.maxWaiting()), visit.waitingBreached(), visit.deskTime().toMinutes(),
                minutes(visit.maxDesk()), visit.deskBreached()));
    }

    private OffsetDateTime local(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    private static Long minutes(Duration limit) {
        return limit == null ? null : limit.toMinutes();
    }
}
