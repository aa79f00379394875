package kz.qyzmet.domain.catalog;

import java.util.Objects;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A requirement of field 10 of a standard, such as consent to the use of restricted personal data, or
 * the State Corporation's one-month storage of ready results.
 *
 * @param code   stable code, such as {@code personal-data-consent}
 * @param text   the standard's words
 * @param source where it comes from
 */
public record OtherRequirement(CatalogCode code, LocalizedText text, Citation source) {

    /** The code of the consent to use restricted personal data (Law on personal data, art. 8). */
    public static final CatalogCode PERSONAL_DATA_CONSENT = CatalogCode.of("personal-data-consent");

    public OtherRequirement {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(text, "text: required");
        Objects.requireNonNull(source, "source: required");
    }
}
