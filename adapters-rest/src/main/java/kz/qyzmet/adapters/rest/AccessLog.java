package kz.qyzmet.adapters.rest;

import io.javalin.http.Context;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.problem.LoggedText;
import kz.qyzmet.adapters.rest.problem.RequestIds;
import kz.qyzmet.application.request.port.in.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log, through SLF4J (logger {@code kz.qyzmet.access}): method, path and query, status, time,
 * request id and account, the path and query as {@link LoggedText} makes them safe to log. Bodies and headers,
 * where names, IINs and tokens travel, are never logged.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("kz.qyzmet.access");

    private AccessLog() {
    }

    static void write(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String query = ctx.queryString();
        String target = LoggedText.path(ctx.path()) + (query == null ? "" : "?" + LoggedText.query(query));
        ActingUser user = ctx.attribute(Authentication.ATTRIBUTE);
        LOG.info("{} {} {} {}ms request={} user={}", ctx.method(), target, ctx.statusCode(), Math.round(millis),
                ctx.attribute(RequestIds.ATTRIBUTE), user == null ? "-" : user.user());
    }

}
