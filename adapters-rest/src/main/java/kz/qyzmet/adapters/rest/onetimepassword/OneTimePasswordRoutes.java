package kz.qyzmet.adapters.rest.onetimepassword;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.application.onetimepassword.port.in.OneTimePasswordSent;
import kz.qyzmet.application.onetimepassword.port.in.RequestOneTimePasswordCommand;
import kz.qyzmet.application.onetimepassword.port.in.RequestOneTimePasswordUseCase;

/**
 * {@code POST /one-time-passwords}: sends the applicant a one-time password by SMS to the phone registered for them
 * in the mobile citizens' database, to sign an electronic submission with (header {@code Qyzmet-One-Time-Password}).
 * The applicant asks for themselves (an empty body or {@code {}}); the system account of the platform or of mobile
 * devices names the applicant ({@code {"iin": "…"}}). The answer says where the code went (masked) and until when it
 * is valid; never the code.
 */
public final class OneTimePasswordRoutes implements Routes {

    private final RequestOneTimePasswordUseCase oneTimePasswords;
    private final JsonBodies bodies;
    private final ZoneId zone;

    public OneTimePasswordRoutes(RequestOneTimePasswordUseCase oneTimePasswords, JsonBodies bodies, ZoneId zone) {
        this.oneTimePasswords = Objects.requireNonNull(oneTimePasswords, "oneTimePasswords: required");
        this.bodies = Objects.requireNonNull(bodies, "bodies: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    /** The body of a call: whose code, for system accounts. */
    record AskBody(String iin) {
    }

    /** The answer. */
    record SentBody(String sentTo, OffsetDateTime validUntil) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.post("/one-time-passwords", this::ask);
    }

    private void ask(Context ctx) {
        String iin = ctx.body().isBlank() ? null : bodies.read(ctx, AskBody.class).iin();
        OneTimePasswordSent sent = oneTimePasswords.request(new RequestOneTimePasswordCommand(Authentication.actor(ctx), iin));
        ctx.status(201).json(new SentBody(sent.phone(), sent.validUntil().atZone(zone).toOffsetDateTime()));
    }
}
