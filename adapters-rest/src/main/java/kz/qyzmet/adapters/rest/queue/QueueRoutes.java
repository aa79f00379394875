package kz.qyzmet.adapters.rest.queue;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.parameter.RequestIdParameter;
import kz.qyzmet.application.queue.port.in.QueuePositionUseCase;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;

/**
 * {@code GET /requests/{id}/queue-position}: where an application to the pre-school queue stands — for its
 * applicant, the provider's staff and the portal; another tenant's is not found.
 */
public final class QueueRoutes implements Routes {

    private final QueuePositionUseCase positions;

    public QueueRoutes(QueuePositionUseCase positions) {
        this.positions = Objects.requireNonNull(positions, "positions: required");
    }

    @Override
    public void register(Javalin app) {
        app.get("/requests/{id}/queue-position", this::position);
    }

    private void position(Context ctx) {
        ctx.json(positions.position(new ShowRequestQuery(Authentication.actor(ctx), RequestIdParameter.of(ctx))));
    }
}
