package kz.qyzmet.adapters.rest;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.problem.RequestIds;
import kz.qyzmet.application.request.port.in.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log, through SLF4J (logger {@code kz.qyzmet.access}): method, path and query, status, time,
 * request id and account — with every run of twelve digits (an IIN) masked. Bodies and headers, where
 * names and IINs travel, are never logged.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("kz.qyzmet.access");
    private static final Pattern IIN = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    private AccessLog() {
    }

    static void write(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String query = ctx.queryString();
        String target = mask(query == null ? ctx.path() : ctx.path() + "?" + query);
        ActingUser user = ctx.attribute(Authentication.ATTRIBUTE);
        LOG.info("{} {} {} {}ms request={} user={}", ctx.method(), target, ctx.statusCode(), Math.round(millis),
                ctx.attribute(RequestIds.ATTRIBUTE), user == null ? "-" : user.user());
    }

    /** The text with every twelve-digit run replaced by its first two digits and asterisks. */
    static String mask(String text) {
        return IIN.matcher(text).replaceAll(match -> match.group().substring(0, 2) + "**********");
    }
}
