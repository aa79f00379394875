package kz.qyzmet.adapters.persistence.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the instants of the stored JSON in the one form the store writes them: ISO-8601 in UTC, {@code
 * 2025-03-20T05:00:00Z}, with a fraction of a second where the instant has one ({@code 2025-03-20T05:00:00.123Z}).
 * That form is read by hand, because the JDK's {@code DateTimeFormatter.ISO_INSTANT}, which Jackson's own reader uses,
 * builds a new parser on every call: restoring a request read most of its time and allocation in it
 * (docs/BENCHMARKS.md, "Restoring a request"). Anything else (an offset, a year past 9999, a leap second, a number,
 * a date that does not exist) goes to Jackson's reader, which answers or refuses exactly as before.
 */
final class StoredInstants extends StdScalarDeserializer<Instant> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;
    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private final JsonDeserializer<? extends Instant> general;

    StoredInstants() {
        this(InstantDeserializer.INSTANT);
    }

    private StoredInstants(JsonDeserializer<? extends Instant> general) {
        super(Instant.class);
        this.general = general;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
        if (general instanceof ContextualDeserializer contextual) {
            @SuppressWarnings("unchecked")
            JsonDeserializer<? extends Instant> made = (JsonDeserializer<? extends Instant>) contextual.createContextual(context, property);
            return made == general ? this : new StoredInstants(made);
        }
        return this;
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant utc = utc(parser.getText());
            if (utc != null) {
                return utc;
            }
        }
        return general.deserialize(parser, context);
    }

    /**
     * The instant written as {@code uuuu-MM-ddTHH:mm:ss[.f…]Z} (one to nine digits of fraction), or null if the text is
     * not in that form or names no date and time of day (then Jackson's reader decides).
     */
    static Instant utc(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':' || (length > 20 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            int fraction = digits(text, 20, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * NANOS_PER_DIGIT[fractionDigits - 1];
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1 if one of them is no digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
