package kz.qyzmet.domain.language;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user-facing text in Kazakh and/or Russian, optionally English. Each language is either text taken
 * from the sources or, when listed in {@link #translated()}, Qyzmet's own translation of it, so that a
 * reader can always tell the letter of the standard from a reading aid.
 *
 * @param texts      the text per language; at least Kazakh or Russian, none blank
 * @param translated the languages whose text is a translation, not source text; each must be present
 */
public record LocalizedText(Map<Language, String> texts, Set<Language> translated) {

    private static final List<Language> FALLBACK = List.of(Language.RU, Language.KK, Language.EN);

    public LocalizedText {
        Objects.requireNonNull(texts, "texts: required");
        Objects.requireNonNull(translated, "translated: required (may be empty)");
        if (!texts.containsKey(Language.KK) && !texts.containsKey(Language.RU)) {
            throw new IllegalArgumentException("texts: a Kazakh (kk) or Russian (ru) text is required");
        }
        texts.forEach((language, text) -> {
            if (language == null) {
                throw new IllegalArgumentException("texts: language must not be null");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("texts." + language.tag() + ": must not be blank");
            }
        });
        for (Language language : translated) {
            if (!texts.containsKey(language)) {
                throw new IllegalArgumentException("translated: " + language.tag() + " is marked translated but has no text");
            }
        }
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(texts);
        texts = Map.copyOf(copy);
        translated = translated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(translated));
    }

    /** Source text in both Kazakh and Russian. */
    public static LocalizedText of(String kk, String ru) {
        return new LocalizedText(Map.of(Language.KK, kk, Language.RU, ru), Set.of());
    }

    /**
     * Qyzmet's own wording (a message, a rule, a label), written in Kazakh and Russian, with the English marked as
     * a translation: the languages of the standards are Kazakh and Russian, English is a reading aid.
     */
    public static LocalizedText ours(String kk, String ru, String en) {
        return new LocalizedText(Map.of(Language.KK, kk, Language.RU, ru, Language.EN, en), Set.of(Language.EN));
    }

    /** The text in the preferred language, falling back to Russian, then Kazakh, then English. */
    public Rendering in(Language preferred) {
        Objects.requireNonNull(preferred, "preferred: required");
        if (texts.containsKey(preferred)) {
            return rendering(preferred);
        }
        for (Language language : FALLBACK) {
            if (texts.containsKey(language)) {
                return rendering(language);
            }
        }
        throw new IllegalStateException("unreachable: constructor guarantees kk or ru");
    }

    private Rendering rendering(Language language) {
        return new Rendering(texts.get(language), language, translated.contains(language));
    }

    /**
     * The text chosen for a reader.
     *
     * @param text       the text
     * @param language   the language it is in (may differ from the one asked for)
     * @param translated whether it is Qyzmet's translation rather than source text
     */
    public record Rendering(String text, Language language, boolean translated) {
    }
}
