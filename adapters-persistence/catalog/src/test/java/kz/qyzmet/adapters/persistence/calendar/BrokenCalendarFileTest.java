package kz.qyzmet.adapters.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import kz.qyzmet.domain.calendar.DayStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad calendar data stops loading with the file, the field and the rule; a deployment can add a year. */
class BrokenCalendarFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @BeforeEach
    void copyBuiltIn() throws IOException {
        Files.createDirectories(root.resolve("years"));
        copy("holidays.json");
        for (int year = 2015; year <= 2026; year++) {
            copy("years/" + year + ".json");
        }
    }

    @Test
    void anIntactCopyLoads() {
        assertThat(JsonCalendarSource.fromDirectory(root).calendar().hasDecreeData(2025)).isTrue();
    }

    @Test
    void aDateOutsideItsYearIsRejected() throws IOException {
        mutate("years/2025.json", json -> ((ObjectNode) json.withArray("transfers").get(0)).put("dayOff", "2024-01-03"));
        assertBroken("years/2025.json", "(file)", "transfers.dayOff: 2024-01-03 lies outside the year 2025");
    }

    @Test
    void aTransferOntoAHolidayIsRejected() throws IOException {
        mutate("years/2025.json", json -> ((ObjectNode) json.withArray("transfers").get(0)).put("dayOff", "2025-01-02"));
        assertBroken("holidays.json and years/", "(data)", "transfers.dayOff: 2025-01-02 is a holiday (new-year-2)");
    }

    @Test
    void aTransferMustMakeADayOffAWorkingDay() throws IOException {
        mutate("years/2025.json", json -> ((ObjectNode) json.withArray("transfers").get(0)).put("workingDay", "2025-01-06"));
        assertBroken("holidays.json and years/", "(data)", "transfers.workingDay: 2025-01-06 is a MONDAY and a working day already");
    }

    @Test
    void theSameDateTwiceIsRejected() throws IOException {
        mutate("years/2025.json", json -> json.withArray("transfers").add(json.withArray("transfers").get(0).deepCopy()));
        assertBroken("years/2025.json", "", "appears twice in the year's data");
    }

    @Test
    void aYearFileMustHoldItsOwnYear() throws IOException {
        mutate("years/2025.json", json -> json.put("year", 2024));
        assertBroken("years/2025.json", "year", "must equal the file's year 2025");
    }

    @Test
    void anUnknownHolidayKindIsNamed() throws IOException {
        mutate("holidays.json", json -> ((ObjectNode) json.withArray("holidays").get(0)).put("kind", "SECULAR"));
        assertBroken("holidays.json", "holidays[0].kind", "must be one of [NATIONAL_OR_STATE, RELIGIOUS]");
    }

    @Test
    void anUnknownFieldIsRejected() throws IOException {
        mutate("years/2024.json", json -> json.put("transfer", "typo"));
        assertBroken("years/2024.json", "transfer", "unknown field");
    }

    @Test
    void aSourceNeedsItsAct() throws IOException {
        mutate("holidays.json", json -> ((ObjectNode) json.withArray("holidays").get(0).get("source")).remove("act"));
        assertBroken("holidays.json", "holidays[0].source.act", "required");
    }

    @Test
    void aMisnamedYearFileIsRejected() throws IOException {
        Files.writeString(root.resolve("years/2027-draft.json"), "{}", StandardCharsets.UTF_8);
        assertBroken("years/2027-draft.json", "(file)", "a year file is named YYYY.json");
    }

    @Test
    void malformedJsonIsNamedByLine() throws IOException {
        Files.writeString(root.resolve("years/2024.json"), "{\n  \"year\": 2024,\n  oops\n}", StandardCharsets.UTF_8);
        assertBroken("years/2024.json", "(line 3", "malformed JSON");
    }

    @Test
    void aDeploymentAddsAYearWithoutANewRelease() throws IOException {
        Path overrides = Files.createDirectories(root.resolve("deployment/years"));
        Files.writeString(overrides.resolve("2027.json"), """
                {"year": 2027, "decreeData": true, "transfers": [
                  {"dayOff": "2027-01-08", "workingDay": "2027-01-09",
                   "source": {"act": "Order of the labour minister (example)", "at": "p. 1"}}]}
                """, StandardCharsets.UTF_8);
        var calendar = JsonCalendarSource.withOverrides(root.resolve("deployment")).calendar();
        assertThat(calendar.hasDecreeData(2027)).isTrue();
        assertThat(calendar.status(LocalDate.of(2027, 1, 8))).isInstanceOf(DayStatus.TransferredDayOff.class);
        assertThat(calendar.hasDecreeData(2025)).as("the built-in years stay").isTrue();
    }

    private void assertBroken(String file, String fieldPrefix, String rule) {
        assertThatThrownBy(() -> JsonCalendarSource.fromDirectory(root))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.field()).startsWith(fieldPrefix);
                    assertThat(e.rule()).contains(rule);
                });
    }

    private void mutate(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(root.resolve(file).toFile());
        change.accept(json);
        JSON.writeValue(root.resolve(file).toFile(), json);
    }

    private void copy(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonCalendarSource.BUILT_IN_ROOT + file)) {
            Files.copy(in, root.resolve(file));
        }
    }
}
