package kz.qyzmet.adapters.rest.queue;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.parameter.RequestIdParameter;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.application.queue.port.in.IssueReferralsCommand;
import kz.qyzmet.application.queue.port.in.IssueReferralsUseCase;
import kz.qyzmet.application.queue.port.in.QueuePositionUseCase;
import kz.qyzmet.application.queue.port.in.Referral;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;

/**
 * {@code GET /requests/{id}/queue-position}: where an application to the pre-school queue stands — for its
 * applicant, the provider's staff and the portal; another tenant's is not found. {@code POST /queues/preschool/referrals}
 * {@code {"organisation": "...", "places": n}}: the provider's staff refer the first n children of its queue.
 */
public final class QueueRoutes implements Routes {

    private final QueuePositionUseCase positions;
    private final IssueReferralsUseCase referrals;
    private final JsonBodies bodies;

    public QueueRoutes(QueuePositionUseCase positions, IssueReferralsUseCase referrals, JsonBodies bodies) {
        this.positions = Objects.requireNonNull(positions, "positions: required");
        this.referrals = Objects.requireNonNull(referrals, "referrals: required");
        this.bodies = Objects.requireNonNull(bodies, "bodies: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get("/requests/{id}/queue-position", this::position);
        app.post("/queues/preschool/referrals", this::refer);
    }

    /** The body of a referral: the organisation with free places and how many. */
    record ReferBody(String organisation, Integer places) {
    }

    /** The answer: the referrals issued, in queue order. */
    record ReferralsBody(List<Referral> referrals) {
    }

    private void refer(Context ctx) {
        ReferBody body = bodies.read(ctx, ReferBody.class);
        List<Referral> issued = referrals.refer(new IssueReferralsCommand(Authentication.actor(ctx), body.organisation(),
                body.places() == null ? 0 : body.places()));
        ctx.json(new ReferralsBody(issued));
    }

    private void position(Context ctx) {
        ctx.json(positions.position(new ShowRequestQuery(Authentication.actor(ctx), RequestIdParameter.of(ctx))));
    }
}
