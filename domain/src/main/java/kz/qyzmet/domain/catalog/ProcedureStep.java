package kz.qyzmet.domain.catalog;

import java.util.Objects;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * One step of a regulation's procedure: who does what, and how long it may take.
 *
 * @param role     who performs it
 * @param duration how long it may take
 * @param action   the regulation's words for it
 * @param source   where it comes from
 */
public record ProcedureStep(Role role, ProcessingTerm duration, LocalizedText action, Citation source) {
    public ProcedureStep {
        Objects.requireNonNull(role, "role: required");
        Objects.requireNonNull(duration, "duration: required");
        Objects.requireNonNull(action, "action: required");
        Objects.requireNonNull(source, "source: required");
    }
}
