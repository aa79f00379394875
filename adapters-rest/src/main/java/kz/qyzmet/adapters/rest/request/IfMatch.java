package kz.qyzmet.adapters.rest.request;

import kz.qyzmet.adapters.rest.problem.BadParameterException;

/**
 * The request's revision as an HTTP entity tag: {@code "3"}. A client that sends it back in {@code If-Match}
 * acts only if nobody changed the request since it read it (else 412); {@code *} or no header does not check.
 */
final class IfMatch {

    private IfMatch() {
    }

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an If-Match header asks for, or null not to check. */
    static Integer revision(String header) {
        if (header == null || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (!value.matches("\"[1-9]\\d{0,8}\"")) {
            throw new BadParameterException("If-Match", "etag",
                    "must be the ETag of the request as last read, such as \"3\", was '" + BadParameterException.shown(value) + "'");
        }
        return Integer.valueOf(value.substring(1, value.length() - 1));
    }
}
