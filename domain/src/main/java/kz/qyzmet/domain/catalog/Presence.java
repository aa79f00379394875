package kz.qyzmet.domain.catalog;

/** Whether a required document must always be submitted or only under a condition. */
public enum Presence {
    MANDATORY,
    CONDITIONAL
}
