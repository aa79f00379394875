package kz.qyzmet.domain.deadline;

/** Why a request was accepted at the moment it was (DESIGN "Deadline semantics", rule 1). */
public enum AcceptanceReason {
    /** Received inside the channel's intake hours: accepted at that instant. */
    WITHIN_INTAKE_HOURS,
    /** Received on an open day before the intake hours began: accepted when they begin. */
    BEFORE_INTAKE_HOURS,
    /** Received after the intake hours: accepted at the opening of the next working day. */
    AFTER_INTAKE_HOURS,
    /** Received on a weekend, a holiday or another day off: accepted at the opening of the next working day. */
    DAY_OFF
}
