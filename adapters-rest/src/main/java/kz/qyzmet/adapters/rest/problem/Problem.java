package kz.qyzmet.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}).
 *
 * @param type     the problem type's URI
 * @param title    short, language-dependent summary of the type
 * @param status   the HTTP status
 * @param detail   what went wrong in this occurrence, in the requested language
 * @param instance the request path
 * @param errors     for invalid requests, every field and the rule it broke
 * @param translated true when the title, detail and messages are Qyzmet's English translation (the languages of
 *                   the standards, and Qyzmet's own wording, are Kazakh and Russian); absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors, Boolean translated) {

    /** A problem in Kazakh or Russian. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One broken rule of a request.
     *
     * @param field   the parameter or field, such as {@code on}
     * @param rule    the rule's name, such as {@code date}
     * @param message what is wrong, in the problem's language
     */
    public record FieldError(String field, String rule, String message) {
    }
}
