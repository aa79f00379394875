package kz.qyzmet.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void rendersTheRequestedLanguageAndSaysWhetherItIsATranslation() {
        LocalizedText text = new LocalizedText(Map.of(Language.KK, "Тегін", Language.RU, "Бесплатно", Language.EN, "Free"),
                Set.of(Language.EN));
        assertThat(text.in(Language.KK)).isEqualTo(new LocalizedText.Rendering("Тегін", Language.KK, false));
        assertThat(text.in(Language.EN)).isEqualTo(new LocalizedText.Rendering("Free", Language.EN, true));
    }

    @Test
    void fallsBackToRussianThenKazakh() {
        assertThat(LocalizedText.of("Тегін", "Бесплатно").in(Language.EN).language()).isEqualTo(Language.RU);
        LocalizedText kazakhOnly = new LocalizedText(Map.of(Language.KK, "Тегін"), Set.of());
        assertThat(kazakhOnly.in(Language.RU)).isEqualTo(new LocalizedText.Rendering("Тегін", Language.KK, false));
    }

    @Test
    void requiresKazakhOrRussian() {
        assertThatThrownBy(() -> new LocalizedText(Map.of(Language.EN, "Free"), Set.of(Language.EN)))
                .hasMessageContaining("Kazakh (kk) or Russian (ru) text is required");
    }

    @Test
    void rejectsBlankTextsAndTranslationsOfMissingTexts() {
        assertThatThrownBy(() -> new LocalizedText(Map.of(Language.KK, " "), Set.of()))
                .hasMessage("texts.kk: must not be blank");
        assertThatThrownBy(() -> new LocalizedText(Map.of(Language.KK, "Тегін"), Set.of(Language.RU)))
                .hasMessageContaining("translated: ru is marked translated but has no text");
    }

    @Test
    void languageTagsAreCaseInsensitive() {
        assertThat(Language.ofTag("KK")).contains(Language.KK);
        assertThat(Language.ofTag(" ru ")).contains(Language.RU);
        assertThat(Language.ofTag("de")).isEmpty();
        assertThat(Language.ofTag(null)).isEmpty();
    }
}
