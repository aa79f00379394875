package kz.qyzmet.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document lists exactly the type names the API answers with: those the event and refusal-reason
 * families declare (never a class name), and the kinds of day.
 */
class PublishedTypeNamesTest {

    private static JsonNode schemas() throws IOException {
        try (InputStream in = PublishedTypeNamesTest.class.getResourceAsStream("/qyzmet/openapi.json")) {
            return new ObjectMapper().readTree(in).path("components").path("schemas");
        }
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as("an enum").isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void theHistoryEntryTypesAreTheEventsPublishedNames() throws IOException {
        assertThat(strings(schemas().path("HistoryEntry").path("properties").path("type").path("enum")))
                .containsExactlyElementsOf(RequestEvent.TYPE_NAMES);
    }

    @Test
    void theIntakeRefusalReasonKindsAreTheReasonsPublishedNames() throws IOException {
        JsonNode kind = schemas().path("HistoryEntry").path("properties").path("details").path("properties").path("reasons")
                .path("items").path("properties").path("kind");
        assertThat(strings(kind.path("enum"))).containsExactlyElementsOf(IntakeRefusalReason.TYPE_NAMES);
    }

    @Test
    void theCalendarDayKindsAreTheDaysPublishedKinds() throws IOException {
        assertThat(strings(schemas().path("CalendarDay").path("properties").path("kind").path("enum"))).containsExactly(
                DayStatus.Workday.KIND, DayStatus.WorkedWeekend.KIND, DayStatus.Weekend.KIND, DayStatus.Holiday.KIND,
                DayStatus.MovedHoliday.KIND, DayStatus.ReligiousDayOff.KIND, DayStatus.TransferredDayOff.KIND);
    }
}
