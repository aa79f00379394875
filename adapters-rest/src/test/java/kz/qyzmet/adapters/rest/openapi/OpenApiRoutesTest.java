package kz.qyzmet.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The document is read when the routes are made, and its absence stops the start with a clear message. */
class OpenApiRoutesTest {

    @Test
    void theShippedDocumentIsFound() {
        assertThatCode(OpenApiRoutes::new).doesNotThrowAnyException();
    }

    @Test
    void aMissingDocumentFailsAtConstructionNamingTheResource() {
        assertThatThrownBy(() -> new OpenApiRoutes("qyzmet/no-such-openapi.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OpenAPI document is missing")
                .hasMessageContaining("qyzmet/no-such-openapi.json");
    }
}
