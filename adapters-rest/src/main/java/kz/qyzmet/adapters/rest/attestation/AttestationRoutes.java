package kz.qyzmet.adapters.rest.attestation;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.parameter.DayParameter;
import kz.qyzmet.application.attestation.port.in.DueAttestation;
import kz.qyzmet.application.attestation.port.in.DueAttestationsQuery;
import kz.qyzmet.application.attestation.port.in.DueAttestationsUseCase;

/**
 * {@code GET /attestations/due?on=YYYY-MM-DD}: the teachers of the caller's provider due for attestation
 * (their last attestation issued five years or more ago), today by default.
 */
public final class AttestationRoutes implements Routes {

    private final DueAttestationsUseCase due;
    private final Clock clock;
    private final ZoneId zone;

    public AttestationRoutes(DueAttestationsUseCase due, Clock clock, ZoneId zone) {
        this.due = Objects.requireNonNull(due, "due: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get("/attestations/due", this::due);
    }

    private void due(Context ctx) {
        LocalDate on = DayParameter.on(ctx, clock, zone);
        List<DueAttestation> teachers = due.due(new DueAttestationsQuery(Authentication.actor(ctx), on));
        ctx.json(new DueBody(on, teachers));
    }

    /** The answer: the day and the teachers due on it. */
    record DueBody(LocalDate on, List<DueAttestation> teachers) {
    }
}
