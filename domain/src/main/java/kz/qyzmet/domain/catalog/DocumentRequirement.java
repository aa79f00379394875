package kz.qyzmet.domain.catalog;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A document required for a service on one channel (field 8 of a standard).
 *
 * @param code       stable code; the same document keeps it across channels and versions
 * @param name       the standard's name of the document
 * @param presence   mandatory, or conditional on {@code condition}
 * @param condition  when a conditional document is needed ("if the surname changed"); null when mandatory
 * @param form       original, copy, electronic …
 * @param validity   how long the document stays valid from its issue ("one month"), or null
 * @param suppliedBy the applicant, or the provider from state systems
 * @param source     where it comes from
 */
public record DocumentRequirement(
        CatalogCode code,
        LocalizedText name,
        Presence presence,
        LocalizedText condition,
        DocumentForm form,
        Period validity,
        DocumentSupplier suppliedBy,
        Citation source) {

    public DocumentRequirement {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(name, "name: required");
        Objects.requireNonNull(presence, "required: must be MANDATORY or CONDITIONAL");
        Objects.requireNonNull(form, "form: required");
        Objects.requireNonNull(suppliedBy, "suppliedBy: required");
        Objects.requireNonNull(source, "source: required");
        if (presence == Presence.CONDITIONAL && condition == null) {
            throw new IllegalArgumentException("condition: required for a CONDITIONAL document (" + code + ")");
        }
        if (presence == Presence.MANDATORY && condition != null) {
            throw new IllegalArgumentException("condition: a MANDATORY document has no condition (" + code + ")");
        }
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            throw new IllegalArgumentException("validity: must be a positive period, was " + validity + " (" + code + ")");
        }
    }

    /** Whether the applicant must bring it: mandatory and not fetched by the provider from state systems. */
    public boolean demandedFromApplicant() {
        return presence == Presence.MANDATORY && suppliedBy == DocumentSupplier.APPLICANT;
    }

    public Optional<Period> validityPeriod() {
        return Optional.ofNullable(validity);
    }

    public Optional<LocalizedText> optionalCondition() {
        return Optional.ofNullable(condition);
    }
}
