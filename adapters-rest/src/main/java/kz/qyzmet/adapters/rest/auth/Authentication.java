package kz.qyzmet.adapters.rest.auth;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.rest.problem.UnauthenticatedException;
import kz.qyzmet.application.request.port.in.ActingUser;
import org.slf4j.MDC;

/**
 * Guards the routes that act on requests: each call must carry {@code Authorization: Bearer <token>} that
 * the {@link Authenticator} knows; the user it belongs to is what the use cases are called with. Catalog,
 * calendar, deadline previews, health and the OpenAPI document stay public.
 */
public final class Authentication implements kz.qyzmet.adapters.rest.Routes {

    /** The context attribute holding the {@link ActingUser}. */
    public static final String ATTRIBUTE = "qyzmet.actor";
    /** The MDC key holding the authenticated account on every log line of the call. */
    public static final String MDC_KEY = "user";

    private final Authenticator authenticator;
    private final List<String> protectedPrefixes;

    public Authentication(Authenticator authenticator, List<String> protectedPrefixes) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator: required");
        this.protectedPrefixes = List.copyOf(protectedPrefixes);
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.before(ctx -> {
            if (ctx.method() != HandlerType.OPTIONS && isProtected(ctx.path())) {
                ActingUser user = authenticate(ctx);
                ctx.attribute(ATTRIBUTE, user);
                MDC.put(MDC_KEY, user.user());
            }
        });
        app.after(ctx -> MDC.remove(MDC_KEY));
    }

    private boolean isProtected(String path) {
        return protectedPrefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private ActingUser authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new UnauthenticatedException(UnauthenticatedException.Reason.NO_HEADER);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new UnauthenticatedException(UnauthenticatedException.Reason.NOT_BEARER);
        }
        return authenticator.authenticate(header.substring(7).trim())
                .orElseThrow(() -> new UnauthenticatedException(UnauthenticatedException.Reason.UNKNOWN_TOKEN));
    }

    /** The authenticated user of a call to a protected route. */
    public static ActingUser actor(Context ctx) {
        ActingUser user = ctx.attribute(ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("route " + ctx.path() + " is not behind authentication");
        }
        return user;
    }
}
