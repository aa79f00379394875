package kz.qyzmet.adapters.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment's catalog directory with one broken file: start-up must stop with an error that names the
 * file, the service, the field and the rule. Each test breaks a copy of the built-in catalog in one way.
 */
class BrokenCatalogFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DUPLICATE = "services/education-document-duplicate.json";

    @TempDir
    Path root;

    @BeforeEach
    void copyBuiltInCatalog() throws IOException {
        Files.createDirectories(root.resolve("services"));
        copy("index.json");
        for (JsonNode id : read("index.json").get("services")) {
            copy("services/" + id.asText() + ".json");
        }
    }

    @Test
    void anIntactCopyLoads() {
        assertThat(JsonCatalogSource.fromDirectory(root).catalog().standards()).hasSize(10);
    }

    @Test
    void malformedJsonNamesTheFileAndThePlace() throws IOException {
        Files.writeString(root.resolve(DUPLICATE), "{\"id\": \"education-document-duplicate\", ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonCatalogSource.fromDirectory(root))
                .isInstanceOfSatisfying(CatalogFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(DUPLICATE);
                    assertThat(e.field()).startsWith("(line 1");
                    assertThat(e.rule()).startsWith("malformed JSON");
                });
    }

    @Test
    void aDuplicatedKeyIsRejected() throws IOException {
        Files.writeString(root.resolve(DUPLICATE), "{\"id\": \"a\", \"id\": \"b\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonCatalogSource.fromDirectory(root))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void aMissingServiceFileIsNamed() throws IOException {
        Files.delete(root.resolve("services/camp-voucher.json"));
        assertBroken("services/camp-voucher.json", null, "(file)", "file not found");
    }

    @Test
    void anUnknownFieldIsRejectedNotIgnored() throws IOException {
        mutate(DUPLICATE, json -> version(json, 0).put("procesing", "typo"));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0].procesing", "unknown field");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        mutate(DUPLICATE, json -> version(json, 0).remove("fee"));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0].fee", "required");
    }

    @Test
    void anUnknownChannelIsNamedWithTheChannelsThatExist() throws IOException {
        mutate(DUPLICATE, json -> ((ArrayNode) version(json, 0).with("channels").withArray("value")).add("FAX"));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0].channels.value[", "must be one of [PROVIDER_OFFICE");
    }

    @Test
    void aZeroWorkingDayTermIsRejected() throws IOException {
        mutate(DUPLICATE, json -> ((ObjectNode) version(json, 0).with("terms").with("PROVIDER_OFFICE")
                .with("processing").with("value")).put("workingDays", 0));
        assertBroken(DUPLICATE, "education-document-duplicate",
                "versions[0].terms.PROVIDER_OFFICE.processing.value.workingDays", "must be at least 1, was 0");
    }

    @Test
    void aLunchBreakOutsideTheOpenHoursIsRejected() throws IOException {
        mutate(DUPLICATE, json -> {
            ObjectNode hours = (ObjectNode) version(json, 0).with("schedules").with("PROVIDER_OFFICE")
                    .withArray("value").get(0).withArray("hours").get(0);
            hours.putObject("lunch").put("from", "19:00").put("to", "20:00");
        });
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0].schedules.PROVIDER_OFFICE.value[0].hours[0]",
                "lunch: 19:00–20:00 must lie within the open hours");
    }

    @Test
    void aConditionalDocumentWithoutItsConditionIsRejected() throws IOException {
        mutate(DUPLICATE, json -> {
            ObjectNode document = (ObjectNode) version(json, 0).with("documents").with("PROVIDER_OFFICE").withArray("value").get(0);
            document.put("required", "CONDITIONAL");
            document.remove("condition");
        });
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0].documents.PROVIDER_OFFICE.value[0]",
                "condition: required for a CONDITIONAL document");
    }

    @Test
    void anInvalidValidityPeriodIsRejected() throws IOException {
        mutate(DUPLICATE, json -> ((ObjectNode) version(json, 0).with("documents").with("PROVIDER_OFFICE")
                .withArray("value").get(0)).put("validity", "one month"));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0].documents.PROVIDER_OFFICE.value[0].validity",
                "must be an ISO-8601 period such as P1M, was 'one month'");
    }

    @Test
    void aTermsEntryMissingForAChannelIsRejected() throws IOException {
        mutate(DUPLICATE, json -> version(json, 0).with("terms").remove("STATE_CORPORATION"));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0]", "terms: must have exactly one entry per channel");
    }

    @Test
    void aVersionBasedOnAnUnlistedVersionIsRejected() throws IOException {
        mutate(DUPLICATE, json -> version(json, 1).put("basedOn", "no-such-version"));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[1].basedOn", "'no-such-version' is not a version listed before this one");
    }

    @Test
    void twoVersionsStartingOnOneDayAreRejected() throws IOException {
        mutate(DUPLICATE, json -> {
            String first = version(json, 0).get("validFrom").asText();
            for (JsonNode version : json.withArray("versions")) {
                if (!version.path("variant").asBoolean(false) && version != version(json, 0)) {
                    ((ObjectNode) version).put("validFrom", first);
                    return;
                }
            }
        });
        assertBroken(DUPLICATE, "education-document-duplicate", "versions", "two versions that are not variants cannot start on the same day");
    }

    @Test
    void aValidToBeforeValidFromIsRejected() throws IOException {
        mutate(DUPLICATE, json -> version(json, 0).put("validTo", "2000-01-01"));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0]", "validTo: 2000-01-01 is before validFrom");
    }

    @Test
    void aCitationOfAnUnknownSourceIsRejected() throws IOException {
        mutate(DUPLICATE, json -> ((ObjectNode) json.get("nameSource")).put("doc", "009"));
        assertBroken(DUPLICATE, "education-document-duplicate", "nameSource.doc", "'009' is not a source listed in the catalog index");
    }

    @Test
    void anEnglishTextNotMarkedTranslatedIsRejected() throws IOException {
        mutate(DUPLICATE, json -> ((ObjectNode) json.get("name")).remove("translated"));
        assertBroken(DUPLICATE, "education-document-duplicate", "name", "en is always a translation");
    }

    @Test
    void anIdThatDiffersFromTheFileNameIsRejected() throws IOException {
        mutate(DUPLICATE, json -> json.put("id", "duplicates"));
        assertBroken(DUPLICATE, "duplicates", "id", "must equal the file name 'education-document-duplicate'");
    }

    @Test
    void twoServicesWithOneOfficialCodeAreRejected() throws IOException {
        mutate("services/camp-voucher.json", json -> json.put("code", "803005"));
        assertBroken("index.json", null, "services", "official code 803005 is used by both");
    }

    @Test
    void anUnknownFactNeedsAReason() throws IOException {
        mutate(DUPLICATE, json -> version(json, 0).putObject("fee").put("unknown", " "));
        assertBroken(DUPLICATE, "education-document-duplicate", "versions[0].fee.unknown", "must not be blank");
    }

    private void assertBroken(String file, String service, String fieldPrefix, String rule) {
        assertThatThrownBy(() -> JsonCatalogSource.fromDirectory(root))
                .isInstanceOfSatisfying(CatalogFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.service()).isEqualTo(service);
                    assertThat(e.field()).startsWith(fieldPrefix);
                    assertThat(e.rule()).contains(rule);
                    assertThat(e.getMessage()).contains(file).contains(e.field()).contains(rule);
                });
    }

    private static ObjectNode version(ObjectNode service, int index) {
        return (ObjectNode) service.withArray("versions").get(index);
    }

    private void mutate(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(root.resolve(file).toFile());
        change.accept(json);
        JSON.writeValue(root.resolve(file).toFile(), json);
    }

    private void copy(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonCatalogSource.BUILT_IN_ROOT + file)) {
            Files.copy(in, root.resolve(file));
        }
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = BrokenCatalogFileTest.class.getClassLoader().getResourceAsStream(JsonCatalogSource.BUILT_IN_ROOT + file)) {
            return JSON.readTree(in);
        }
    }
}
