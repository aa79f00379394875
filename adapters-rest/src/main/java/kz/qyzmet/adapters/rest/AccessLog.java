package kz.qyzmet.adapters.rest;

import io.javalin.http.Context;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.problem.RequestIds;
import kz.qyzmet.application.request.port.in.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log, through SLF4J (logger {@code kz.qyzmet.access}): method, path and query, status, time,
 * request id and account. Nothing the client sent is written as it came: every run of twelve digits (an IIN)
 * is masked, the path and the query are clipped and stripped of anything but URL characters, and only the
 * values of the API's own query parameters are kept — any other value ({@code ?access_token=…}, a name) is
 * written as {@code ***}. Bodies and headers, where names, IINs and tokens travel, are never logged.
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
        String target = mask(clip(ctx.path())) + (query == null ? "" : "?" + query(query));
        ActingUser user = ctx.attribute(Authentication.ATTRIBUTE);
        LOG.info("{} {} {} {}ms request={} user={}", ctx.method(), target, ctx.statusCode(), Math.round(millis),
                ctx.attribute(RequestIds.ATTRIBUTE), user == null ? "-" : user.user());
    }

    /** The query parameters the API defines, whose values say nothing about a person and are logged. */
    private static final Set<String> LOGGED_VALUES = Set.of("status", "overdue", "atRisk", "page", "size", "provider", "on",
            "version", "channel", "weekends", "year", "month");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._~%,:+/=-]");
    private static final int MAX_LOGGED = 200;

    /** The query with the values of unknown parameters replaced by {@code ***}, IINs masked, clipped. */
    static String query(String query) {
        StringBuilder logged = new StringBuilder();
        for (String parameter : query.split("&", -1)) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (logged.length() > 0) {
                logged.append('&');
            }
            logged.append(clip(name));
            if (equals >= 0) {
                logged.append('=').append(LOGGED_VALUES.contains(name) ? mask(clip(parameter.substring(equals + 1))) : "***");
            }
        }
        return cut(logged.toString());
    }

    /** The text with anything but URL characters replaced by '?', cut to 200 characters. */
    private static String clip(String text) {
        return cut(UNSAFE.matcher(text).replaceAll("?"));
    }

    private static String cut(String text) {
        return text.length() > MAX_LOGGED ? text.substring(0, MAX_LOGGED) + "…" : text;
    }

    /** The text with every twelve-digit run replaced by its first two digits and asterisks. */
    static String mask(String text) {
        return IIN.matcher(text).replaceAll(match -> match.group().substring(0, 2) + "**********");
    }
}
