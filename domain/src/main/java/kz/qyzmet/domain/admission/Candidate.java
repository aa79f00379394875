package kz.qyzmet.domain.admission;

import java.time.Instant;
import java.util.Objects;

/**
 * An applicant to a school in the order of admission notifications.
 *
 * @param request      the applicant's request
 * @param territory    whether the applicant lives on the school's own territory, another one, or it is not known
 * @param registeredAt when the application was registered (accepted)
 * @param <R>          the request's identity
 */
public record Candidate<R>(R request, Territory territory, Instant registeredAt) {

    public Candidate {
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(territory, "territory: required");
        Objects.requireNonNull(registeredAt, "registeredAt: required");
    }

    /** Where the applicant lives, as far as the register of addresses knows. */
    public enum Territory {
        /** On the territory the school serves. */
        OWN,
        /** On another territory. */
        OTHER,
        /** The register does not say. */
        UNKNOWN
    }
}
