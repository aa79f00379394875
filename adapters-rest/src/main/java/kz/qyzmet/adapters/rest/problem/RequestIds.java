package kz.qyzmet.adapters.rest.problem;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id — the client's {@code X-Request-Id} when it is a plausible token, a new UUID
 * otherwise — echoes it in the response and puts it on every log line of the request (MDC key
 * {@code requestId}). A plausible token is 1–64 letters, digits, '.', '_' or '-' with no run of six digits or
 * more: an id that could carry an IIN, a phone or a card number is replaced, so it never reaches the log.
 */
public final class RequestIds {

    /** The context attribute and MDC key holding the id. */
    public static final String ATTRIBUTE = "requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{6}");

    /** Whether a client's id may be used and logged as it is. */
    static boolean isSafe(String offered) {
        return offered != null && SAFE.matcher(offered).matches() && !DIGIT_RUN.matcher(offered).find();
    }

    public static void register(JavalinDefaultRoutingApi app) {
        app.before(ctx -> {
            String offered = ctx.header(HEADER);
            String id = isSafe(offered) ? offered : UUID.randomUUID().toString();
            ctx.attribute(ATTRIBUTE, id);
            ctx.header(HEADER, id);
            MDC.put(ATTRIBUTE, id);
        });
        app.after(ctx -> MDC.remove(ATTRIBUTE));
    }
}
