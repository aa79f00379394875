package kz.qyzmet.adapters.rest.problem;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a client sent, made fit for the log: nothing it sent is written as it came. Every run of twelve digits
 * (an IIN) is masked, a path or a query is clipped to 200 characters and stripped of anything but URL
 * characters, and only the values of the API's own query parameters are kept — any other value
 * ({@code ?access_token=…}, a name) is written as {@code ***}.
 */
public final class LoggedText {

    private static final Pattern IIN = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    private LoggedText() {
    }

    /** A request path: clipped, URL characters only, IINs masked. */
    public static String path(String path) {
        return mask(clip(path));
    }

    /** A message that may quote the client: control characters replaced, IINs masked, clipped. */
    public static String message(String text) {
        return cut(mask(String.valueOf(text).replaceAll("\\p{Cntrl}", "?")));
    }

    /** The query parameters the API defines, whose values say nothing about a person and are logged. */
    private static final Set<String> LOGGED_VALUES = Set.of("status", "overdue", "atRisk", "page", "size", "provider", "on",
            "version", "channel", "weekends", "year", "month");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._~%,:+/=-]");
    private static final int MAX_LOGGED = 200;

    /** The query with the values of unknown parameters replaced by {@code ***}, IINs masked, clipped. */
    public static String query(String query) {
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
    public static String mask(String text) {
        return IIN.matcher(text).replaceAll(match -> match.group().substring(0, 2) + "**********");
    }
}
