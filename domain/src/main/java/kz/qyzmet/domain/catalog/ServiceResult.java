package kz.qyzmet.domain.catalog;

import java.util.Objects;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * One result a service may end in (field 5 of a standard): the positive result document or notice, or
 * the motivated refusal (дәлелді бас тарту / мотивированный отказ).
 *
 * @param kind   positive or refusal
 * @param text   the standard's words
 * @param source where it comes from
 */
public record ServiceResult(ResultKind kind, LocalizedText text, Citation source) {
    public ServiceResult {
        Objects.requireNonNull(kind, "kind: required (POSITIVE or REFUSAL)");
        Objects.requireNonNull(text, "text: required");
        Objects.requireNonNull(source, "source: required");
    }
}
