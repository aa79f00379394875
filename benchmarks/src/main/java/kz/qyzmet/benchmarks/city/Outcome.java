package kz.qyzmet.benchmarks.city;

import java.util.Random;

/**
 * What a generated request is meant to come to, drawn before it is built (the shares are this benchmark's
 * assumptions, docs/BENCHMARKS.md). A request may end otherwise: the catalog's intake rules refuse one handed in
 * outside its service's window whatever was meant, a service whose standard gives no ground for a motivated refusal
 * is approved, and one whose next step falls after the end of the year is still open.
 */
enum Outcome {
    /** Issued within the term. */
    ISSUED(0.802),
    /** Issued after the term had passed. */
    ISSUED_LATE(0.05),
    /** Refused at intake: a document missing from the package, or a ground of the standard cited at intake. */
    REFUSED_AT_INTAKE(0.04),
    /** A motivated refusal after review, citing a decision-stage ground of the standard. */
    REFUSED(0.06),
    /** Withdrawn by the applicant before the decision. */
    WITHDRAWN(0.02),
    /** Taken into review and never decided: open, and overdue once its term has passed. */
    FORGOTTEN(0.02),
    /** Handed over to the State Corporation and not collected within its month of storage (State Corporation channel only). */
    UNCOLLECTED(0.008);

    private final double share;

    Outcome(double share) {
        this.share = share;
    }

    static Outcome draw(Random random) {
        double at = random.nextDouble();
        for (Outcome outcome : values()) {
            at -= outcome.share;
            if (at < 0) {
                return outcome;
            }
        }
        return ISSUED;
    }
}
