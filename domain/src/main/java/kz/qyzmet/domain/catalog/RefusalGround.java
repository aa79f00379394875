package kz.qyzmet.domain.catalog;

import java.util.Objects;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A ground on which the standard lets the provider refuse (field 9 of a standard, or the intake refusal
 * of an incomplete package). A motivated refusal must cite grounds of the standard in force.
 *
 * @param code   stable code, shared across services for the same ground
 * @param text   the standard's words
 * @param stage  intake or decision
 * @param source where it comes from
 */
public record RefusalGround(CatalogCode code, LocalizedText text, RefusalStage stage, Citation source) {
    public RefusalGround {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(text, "text: required");
        Objects.requireNonNull(stage, "stage: required (INTAKE or DECISION)");
        Objects.requireNonNull(source, "source: required");
    }
}
