package kz.qyzmet.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON request bodies strictly: JSON media type only, unknown fields rejected, each value only in its
 * own JSON form ({@link StrictJson}), every mapping error turned into a problem that names the field.
 */
public final class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = StrictJson.of(json);
    }

    public <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (!isJson(contentType)) {
            throw new UnsupportedMediaTypeException(contentType);
        }
        String body = utf8(ctx.bodyAsBytes());
        if (body.isBlank()) {
            throw new MalformedBodyException(MalformedBodyException.Kind.EMPTY, "", "the body is empty; a JSON object is required", null);
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new MalformedBodyException(MalformedBodyException.Kind.UNKNOWN_FIELD, String.valueOf(e.getPropertyName()),
                    "unknown field '" + e.getPropertyName() + "'",
                    new Problem.FieldError(field, "unknown", "is not a field of this request; fields are " + e.getKnownPropertyIds()));
        } catch (InvalidFormatException e) {
            String field = path(e);
            throw new MalformedBodyException(MalformedBodyException.Kind.WRONG_VALUE, field, "field '" + field + "' has a wrong value",
                    new Problem.FieldError(field, "format", "cannot be read as " + e.getTargetType().getSimpleName()
                            + ": '" + e.getValue() + "'" + hint(e.getTargetType())));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw new MalformedBodyException(MalformedBodyException.Kind.WRONG_TYPE, field, "field '" + field + "' has a wrong type",
                    new Problem.FieldError(field.isEmpty() ? "(body)" : field, "type",
                            "must be " + (e.getTargetType() == null ? "of another type" : e.getTargetType().getSimpleName())));
        } catch (JsonMappingException e) {
            // its message names the API's classes: say only which field
            String field = path(e);
            throw new MalformedBodyException(MalformedBodyException.Kind.INVALID, field, "field '" + field + "' is invalid",
                    new Problem.FieldError(field.isEmpty() ? "(body)" : field, "value", "cannot be read"));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ")";
            throw new MalformedBodyException(MalformedBodyException.Kind.SYNTAX, where, "malformed JSON" + where + ": " + e.getOriginalMessage(), null);
        }
        if (value == null) {
            // the JSON literal null: Jackson reads it as no object at all
            throw new MalformedBodyException(MalformedBodyException.Kind.NULL, "", "the body is null; a JSON object is required",
                    new Problem.FieldError("(body)", "type", "must be a JSON object"));
        }
        if (body.contains("null")) {
            refuseNulls(body);
        }
        return value;
    }

    /**
     * No field of a request body takes {@code null} (the OpenAPI document allows it nowhere): an optional field is
     * left out, and one sent as {@code null} is refused naming it, instead of being read as absent.
     */
    private void refuseNulls(String body) {
        try {
            firstNull(json.readTree(body), "").ifPresent(field -> {
                throw new BadParameterException(field, "NotNull", "must not be null; leave an optional field out instead");
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a body read once cannot be read again", e);
        }
    }

    private static java.util.Optional<String> firstNull(JsonNode node, String path) {
        if (node.isNull()) {
            return java.util.Optional.of(path);
        }
        if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                var found = firstNull(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                var found = firstNull(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the media type, its parameters aside, is application/json: not application/jsonp nor application/json-seq. */
    private static boolean isJson(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/json");
    }

    /** The body as text; JSON is UTF-8 (RFC 8259, section 8.1), and bytes that are not UTF-8 are an error, not replaced. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedBodyException(MalformedBodyException.Kind.ENCODING, "", "the body is not valid UTF-8",
                    new Problem.FieldError("(body)", "encoding", "must be UTF-8"));
        }
    }

    private static String hint(Class<?> type) {
        if (type == java.time.OffsetDateTime.class) {
            return " (an ISO-8601 date-time with its offset, such as 2025-03-17T10:00:00+05:00)";
        }
        if (type.isEnum()) {
            return " (one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")";
        }
        return "";
    }

    /** The field's path as the validation of commands writes it: {@code documents[0].code}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() == null) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
