package kz.qyzmet.adapters.persistence.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import kz.qyzmet.domain.request.ProviderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The class capacity file: places per school and year; a broken entry is refused naming it and the rule. */
class ClassCapacityFileTest {

    @TempDir
    Path dir;

    @Test
    void readsThePlacesOfEachSchoolAndYear() throws Exception {
        Path file = Files.writeString(dir.resolve("class-capacity.json"), "{\"school-1\": {\"2025\": 50, \"2026\": 0}, \"school-2\": {}}");
        InMemoryClassCapacity capacity = InMemoryClassCapacity.fromFile(file);
        assertThat(capacity.places(ProviderId.of("school-1"), 2025)).isEqualTo(OptionalInt.of(50));
        assertThat(capacity.places(ProviderId.of("school-1"), 2026)).isEqualTo(OptionalInt.of(0));
        assertThat(capacity.places(ProviderId.of("school-1"), 2027)).isEmpty();
        assertThat(capacity.places(ProviderId.of("school-2"), 2025)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not json          | {"school-1":                      | cannot be read as JSON
            not an object     | [1, 2]                            | must be an object of providers
            years not object  | {"school-1": 50}                  | school-1: must be an object of years
            bad year          | {"school-1": {"25": 50}}          | school-1.25: the year must be four digits
            places not number | {"school-1": {"2025": "fifty"}}   | school-1.2025: the places must be a whole number
            negative places   | {"school-1": {"2025": -1}}        | school-1.2025: places: must not be negative
            bad provider      | {"School 1": {"2025": 5}}         | School 1.2025:
            """)
    void aBrokenEntryIsRefusedNamingIt(String title, String json, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("class-capacity.json"), json);
        assertThatThrownBy(() -> InMemoryClassCapacity.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(message);
    }
}
