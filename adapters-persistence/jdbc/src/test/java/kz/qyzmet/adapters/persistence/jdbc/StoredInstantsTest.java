package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stored instants are read by hand in the form the store writes them, to the same instant the JDK reads; every other
 * form is left to Jackson's reader, which answers or refuses exactly as it did alone.
 */
class StoredInstantsTest {

    private static final List<ChronoUnit> PRECISIONS = List.of(ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS);

    /** Jackson's own reader of instants, as the store read them before. */
    private final ObjectMapper jackson = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final ObjectMapper stored = RequestJson.mapper().build();

    @Test
    void theStoredJsonReadsInstantsWithTheStoresOwnReader() throws Exception {
        DeserializationContext context = ((DefaultDeserializationContext) stored.getDeserializationContext())
                .createInstance(stored.getDeserializationConfig(), null, null);
        assertThat(context.findNonContextualValueDeserializer(stored.constructType(Instant.class))).isInstanceOf(StoredInstants.class);
    }

    @Test
    void anInstantAsTheStoreWritesItReadsAsTheJdkReadsIt() {
        Random random = new Random(17);
        long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), random.nextInt(1_000_000_000))
                    .truncatedTo(PRECISIONS.get(random.nextInt(PRECISIONS.size())));
            String text = DateTimeFormatter.ISO_INSTANT.format(instant);
            assertThat(StoredInstants.utc(text)).as(text).isEqualTo(instant).isEqualTo(Instant.parse(text));
        }
        for (String text : List.of("1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2024-02-29T23:59:59Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.1Z", "2025-03-20T05:00:00.120Z")) {
            assertThat(StoredInstants.utc(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void everyOtherFormIsLeftToJacksonWhichAnswersAsBefore() throws Exception {
        List<String> others = List.of("2025-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-03-20T24:00:00Z",
                "2025-03-20T23:59:60Z", "2025-03-20T05:60:00Z", "2025-03-20T05:00:00+05:00", "2025-03-20 05:00:00Z", "2025-03-20T05:00:00.Z",
                "2025-03-20T05:00:00.1234567890Z", "+12025-03-20T05:00:00Z", " 2025-03-20T05:00:00Z", "2025-03-20T05:00:00z",
                "2025-03-2OT05:00:00Z", "", "now");
        for (String text : others) {
            assertThat(StoredInstants.utc(text)).as(text).isNull();
            assertThat(read(stored, "\"" + text + "\"")).as(text).isEqualTo(read(jackson, "\"" + text + "\""));
        }
        assertThat(read(stored, "1742446800")).isEqualTo(read(jackson, "1742446800")).isEqualTo(Instant.parse("2025-03-20T05:00:00Z"));
        assertThat(read(stored, "\"2025-03-20T10:00:00+05:00\"")).isEqualTo(Instant.parse("2025-03-20T05:00:00Z"));
        assertThat(read(stored, "\"2025-02-30T00:00:00Z\"")).as("a day that does not exist is refused").isInstanceOf(String.class);
    }

    /** The instant read, or the kind of error that refused it. */
    private static Object read(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Instant.class);
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }
}
