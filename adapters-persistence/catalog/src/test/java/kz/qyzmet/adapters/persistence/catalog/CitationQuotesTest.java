package kz.qyzmet.adapters.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every quote in every catalog file — versions, variants and overrides alike — is the verbatim text of the
 * source document it cites (white space aside), so no field of the catalog rests on words the sources do
 * not contain.
 */
class CitationQuotesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyQuoteOccursInItsSource() throws IOException {
        SourceTexts sources = SourceTexts.ofBuiltInCatalog();
        JsonNode index = read("index.json");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JsonNode id : index.get("services")) {
            String file = "services/" + id.asText() + ".json";
            List<JsonNode> citations = new ArrayList<>();
            collect(read(file), citations);
            for (JsonNode citation : citations) {
                checked++;
                String quote = citation.get("quote").asText();
                if (!sources.contains(citation.get("doc").asText(), quote)) {
                    missing.add(file + " " + citation.get("doc").asText() + " " + citation.get("at").asText() + ": «" + quote + "»");
                }
            }
        }
        assertThat(checked).as("quotes checked").isGreaterThan(500);
        assertThat(missing).as("quotes not found in their source").isEmpty();
    }

    @Test
    void theCheckRejectsAQuoteTheSourceDoesNotHold() {
        SourceTexts sources = SourceTexts.ofBuiltInCatalog();
        assertThat(sources.contains("002", "пятнадцать рабочих дней (вымышленная цитата)")).isFalse();
        assertThat(sources.contains("003", "от 10 сентября 2015 года N 3/542")).isTrue();
        assertThat(sources.contains("004", "2024 жылғы \"03\"   Қаңтар")).isTrue();
    }

    private static void collect(JsonNode node, List<JsonNode> citations) {
        if (node.isObject()) {
            if (node.has("doc") && node.has("quote")) {
                citations.add(node);
            }
            node.forEach(child -> collect(child, citations));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, citations));
        }
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = CitationQuotesTest.class.getClassLoader()
                .getResourceAsStream(JsonCatalogSource.BUILT_IN_ROOT + file)) {
            assertThat(in).as(file).isNotNull();
            return JSON.readTree(in);
        }
    }
}
