package kz.qyzmet.domain.language;

import java.util.Locale;
import java.util.Optional;

/**
 * A language in which Qyzmet carries user-facing text. Kazakh (the state language) and Russian are
 * the languages of the standards; English is an optional translation.
 */
public enum Language {
    KK, RU, EN;

    /** The ISO 639-1 tag, as used in JSON and {@code Accept-Language}: {@code kk}, {@code ru}, {@code en}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language with that ISO 639-1 tag (case-insensitive), if Qyzmet carries it. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
