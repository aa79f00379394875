package kz.qyzmet.adapters.rest.language;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.qyzmet.domain.language.Language;

/**
 * Chooses the language of a response from an {@code Accept-Language} header (RFC 9110 §12.5.4): the
 * supported language with the highest weight, Russian where none is supported or the header is absent.
 */
public final class AcceptLanguage {

    /** The language when the client states none that Qyzmet supports. */
    public static final Language DEFAULT = Language.RU;

    private AcceptLanguage() {
    }

    /** The language for a header value (null allowed). Malformed entries are skipped, never an error. */
    public static Language choose(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        return List.of(header.split(",")).stream()
                .map(AcceptLanguage::range)
                .flatMap(Optional::stream)
                .filter(range -> range.weight() > 0)
                .sorted(Comparator.comparingDouble(Range::weight).reversed())
                .map(Range::language)
                .findFirst()
                .orElse(DEFAULT);
    }

    private static Optional<Range> range(String entry) {
        String[] parts = entry.strip().split(";");
        String tag = parts[0].strip().toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        String primary = dash < 0 ? tag : tag.substring(0, dash);
        Optional<Language> language = Language.ofTag(primary);
        if (language.isEmpty()) {
            return Optional.empty();
        }
        double weight = 1.0;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    weight = Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Range(language.get(), weight));
    }

    private record Range(Language language, double weight) {
    }
}
