package kz.qyzmet.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/**
 * A request's explanation is rendered once per revision and language and then shown as kept; a request changed
 * since, or another language, is rendered anew; beyond the capacity the least recently shown is forgotten.
 */
class RenderedExplanationsTest {

    private final AtomicInteger renders = new AtomicInteger();

    private Supplier<List<String>> rendering(String line) {
        return () -> {
            renders.incrementAndGet();
            return List.of(line);
        };
    }

    @Test
    void anUnchangedRequestIsRenderedOncePerLanguage() {
        RenderedExplanations kept = new RenderedExplanations(10);
        UUID request = UUID.randomUUID();

        assertThat(kept.of(request, 2, Language.RU, rendering("Срок истекает"))).containsExactly("Срок истекает");
        assertThat(kept.of(request, 2, Language.RU, rendering("not rendered again"))).containsExactly("Срок истекает");
        assertThat(renders).hasValue(1);

        assertThat(kept.of(request, 2, Language.EN, rendering("Due"))).as("another language").containsExactly("Due");
        assertThat(kept.of(request, 3, Language.RU, rendering("Срок истекает позже"))).as("a later revision")
                .containsExactly("Срок истекает позже");
        assertThat(kept.of(UUID.randomUUID(), 2, Language.RU, rendering("другая заявка"))).as("another request")
                .containsExactly("другая заявка");
        assertThat(renders).hasValue(4);
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyShownIsForgotten() {
        RenderedExplanations kept = new RenderedExplanations(2);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        kept.of(first, 1, Language.KK, rendering("1"));
        kept.of(second, 1, Language.KK, rendering("2"));
        kept.of(first, 1, Language.KK, rendering("1 again"));
        kept.of(third, 1, Language.KK, rendering("3"));

        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.of(first, 1, Language.KK, rendering("1 anew"))).as("shown lately: kept").containsExactly("1");
        assertThat(kept.of(second, 1, Language.KK, rendering("2 anew"))).as("least recently shown: forgotten").containsExactly("2 anew");
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new RenderedExplanations(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity: must be at least 1, was 0");
    }
}
