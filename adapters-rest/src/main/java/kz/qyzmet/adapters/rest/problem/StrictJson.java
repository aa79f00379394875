package kz.qyzmet.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * The settings under which request bodies are read: every value only in its own JSON form. Jackson by default
 * takes {@code 803005} or {@code true} for a text, {@code "true"} or {@code 1} for a boolean, {@code 1} for the
 * second constant of an enum, a number of days or seconds since 1970 or an array of numbers for a date, and the
 * last of a field given twice, {@code 1.5} or {@code "1"} for a whole number, {@code ""} or {@code " "} for an
 * absent boolean; here each of those is an error naming the field. Dates are ISO-8601 texts. ({@code null} for a
 * field left out is refused by {@link JsonBodies}.)
 */
final class StrictJson {

    private StrictJson() {
    }

    /** A copy of the mapper with these settings. */
    static ObjectMapper of(ObjectMapper base) {
        ObjectMapper json = base.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            json.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String}) {
            json.coercionConfigFor(LogicalType.Boolean).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean}) {
            json.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
        }
        // "", " " or "\u0000" is no yes/no and no number: not read as absent
        for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
            json.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail).setAcceptBlankAsEmpty(false);
        }
        SimpleModule isoTexts = new SimpleModule("iso-8601-texts-only")
                .addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, LocalDate::parse))
                .addDeserializer(OffsetDateTime.class, new IsoText<>(OffsetDateTime.class, OffsetDateTime::parse));
        return json.registerModule(isoTexts);
    }

    /** A date or moment from an ISO-8601 text and nothing else. */
    private static final class IsoText<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parse;

        IsoText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeException e) {
                throw context.weirdStringException(text, handledType(), "not an ISO-8601 " + handledType().getSimpleName());
            }
        }
    }
}
