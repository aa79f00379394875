package kz.qyzmet.adapters.persistence.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
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
 */
final class RequestJson {

    private static final PolymorphicTypeValidator JDK_ONLY = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("java.util.")
            .allowIfSubType("java.time.")
            .build();

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setDefaultTyping(new NamedTypeIds.Typing(JDK_ONLY))
            .addMixIn(Explanation.class, ExplanationForm.class)
            .build();

    // made once: a reader or writer looks its serializers up on creation (thread-safe, reusable)
    private final ObjectWriter submissionWriter = json.writerFor(Submission.class);
    private final ObjectWriter eventWriter = json.writerFor(RequestEvent.class);
    private final ObjectReader submissionReader = json.readerFor(Submission.class);
    private final ObjectReader eventReader = json.readerFor(RequestEvent.class);

    String write(Submission submission) {
        return write(submissionWriter, submission);
    }

    String write(RequestEvent event) {
        return write(eventWriter, event);
    }

    Submission submission(String text) throws JsonProcessingException {
        return submissionReader.readValue(text);
    }

    RequestEvent event(String text) throws JsonProcessingException {
        return eventReader.readValue(text);
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
