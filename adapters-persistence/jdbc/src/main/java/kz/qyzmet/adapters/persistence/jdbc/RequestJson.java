package kz.qyzmet.adapters.persistence.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.Submission;

/**
 * The JSON form in which the JDBC store keeps a submission and each event of a request's history. The
 * domain's records are written field by field with their type where a field holds one of several kinds (the
 * sealed families: terms, explanation lines, day statuses, refusal reasons). Reading goes back through the
 * records' constructors, so a stored value that breaks a domain rule is refused, never half-read. A domain
 * value's kind is stored under its explicit name ({@link StoredTypeNames}), so that renaming a record does not
 * break stored data; data written before names (class names) still reads. Collections are stored as {@code List},
 * {@code Set} or {@code Map}; the JDK class names written for them up to schema version 9 still read. Nothing else
 * may appear in stored type information.
 *
 * <p>An event's deadline explanation (every skipped day with its holiday's rule and legal source: most of an
 * acceptance's JSON) is not read with the event: a restored request keeps the explanation's stored text and reads it
 * when someone reads the explanation's lines ({@link Explanation#later}), because worklists, reports and the deadline
 * watch restore requests by the thousand and never read it. Reading the event checks only that the explanation is
 * well-formed JSON; an explanation that breaks a domain rule or names an unknown kind is reported when its lines are
 * first read, as a {@link StoredDataException} naming the event's row.
 */
final class RequestJson {

    private static final PolymorphicTypeValidator JDK_ONLY = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("java.util.")
            .allowIfSubType("java.time.")
            .build();

    /** The text of the event being read, for the explanation kept unread (a reader's attribute). */
    private static final String EVENT_TEXT = RequestJson.class.getName() + ".eventText";
    /** The row of the event being read, for the error of an explanation that does not read. */
    private static final String EVENT_ROW = RequestJson.class.getName() + ".eventRow";

    private final ObjectMapper json = mapper().build();
    /** Reads events with their explanations kept as text until read; writes nothing. */
    private final ObjectMapper eventJson = mapper()
            .addModule(new SimpleModule("explanations-read-later").addDeserializer(Explanation.class, new ExplanationReadLater()))
            .build();

    // made once: a reader or writer looks its serializers up on creation (thread-safe, reusable)
    private final ObjectWriter submissionWriter = json.writerFor(Submission.class);
    private final ObjectWriter eventWriter = json.writerFor(RequestEvent.class);
    private final ObjectReader submissionReader = json.readerFor(Submission.class);
    private final ObjectReader eventReader = eventJson.readerFor(RequestEvent.class);
    private final ObjectReader explanationReader = json.readerFor(Explanation.class);

    /** The stored JSON's mapper as it is configured before the reader of explanations is added. */
    static JsonMapper.Builder mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // added after Java time's module, so that its reader of instants is the one asked first
                .addModule(new SimpleModule("stored-instants").addDeserializer(Instant.class, new StoredInstants()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setDefaultTyping(new NamedTypeIds.Typing(JDK_ONLY))
                .addMixIn(Explanation.class, ExplanationForm.class);
    }

    String write(Submission submission) {
        return write(submissionWriter, submission);
    }

    String write(RequestEvent event) {
        return write(eventWriter, event);
    }

    Submission submission(String text) throws JsonProcessingException {
        return submissionReader.readValue(text);
    }

    /** An event read outside a stored row (its explanation's error names no row). */
    RequestEvent event(String text) throws JsonProcessingException {
        return event(text, "(none)");
    }

    /**
     * An event stored in a row of {@code request_events}; its explanation is read when its lines are first read, and
     * if it does not read then, that read throws a {@link StoredDataException} naming the row.
     *
     * @param row the row, as {@link StoredDataException} names it
     */
    RequestEvent event(String text, String row) throws JsonProcessingException {
        return eventReader.withAttributes(Map.of(EVENT_TEXT, text, EVENT_ROW, row)).readValue(text);
    }

    /** A stored explanation's lines, read now. */
    private List<Explanation.Line> explanationLines(String stored, String row) {
        try {
            Explanation explanation = explanationReader.readValue(stored);
            return explanation.lines();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoredDataException("request_events", row, "the deadline's explanation cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an explanation as its stored text, skipped over without being parsed into lines, and hands the domain an
     * explanation that reads the text when its lines are first read.
     */
    private final class ExplanationReadLater extends StdDeserializer<Explanation> {

        private static final long serialVersionUID = 1L;

        ExplanationReadLater() {
            super(Explanation.class);
        }

        @Override
        public Explanation deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartObjectToken()) {
                return context.reportInputMismatch(this, "explanation: must be an object, was %s", parser.currentToken());
            }
            String text = (String) context.getAttribute(EVENT_TEXT);
            long start = parser.currentTokenLocation().getCharOffset();
            parser.skipChildren();
            long end = parser.currentTokenLocation().getCharOffset() + 1;
            if (text == null || start < 0 || end > text.length() || text.charAt((int) start) != '{' || text.charAt((int) end - 1) != '}') {
                throw new IllegalStateException("the explanation's place in the event's text is not known");
            }
            String stored = text.substring((int) start, (int) end);
            String row = (String) context.getAttribute(EVENT_ROW);
            return Explanation.later(() -> explanationLines(stored, row));
        }
    }

    /**
     * An explanation is written through its accessor: one that is built on first read holds its lines in
     * a list of its own kind until then, and the stored form names the built, plain list.
     */
    private abstract static class ExplanationForm {
        @JsonProperty("lines")
        abstract List<Explanation.Line> lines();
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
