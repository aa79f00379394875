package kz.qyzmet.adapters.rest.problem;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * Gives every request an id — the client's {@code X-Request-Id} when it is a plausible token, a new UUID
 * otherwise — echoes it in the response and puts it on every log line of the request (MDC key
 * {@code requestId}).
 */
public final class RequestIds {

    /** The context attribute and MDC key holding the id. */
    public static final String ATTRIBUTE = "requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }

    public static void register(JavalinDefaultRoutingApi app) {
        app.before(ctx -> {
            String offered = ctx.header(HEADER);
            String id = offered != null && offered.matches("[A-Za-z0-9._-]{1,64}") ? offered : UUID.randomUUID().toString();
            ctx.attribute(ATTRIBUTE, id);
            ctx.header(HEADER, id);
            MDC.put(ATTRIBUTE, id);
        });
        app.after(ctx -> MDC.remove(ATTRIBUTE));
    }
}
