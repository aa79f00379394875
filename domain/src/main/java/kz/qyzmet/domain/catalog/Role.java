package kz.qyzmet.domain.catalog;

/**
 * Who performs a step of a regulation (регламент) or a transition of a request.
 */
public enum Role {
    /** The citizen applying, or their representative. */
    APPLICANT,
    /** The provider's office worker who registers applications and issues results (кеңсе / канцелярия). */
    INTAKE_OFFICER,
    /** The provider's head: resolution (бұрыштама / резолюция) and signature. */
    HEAD,
    /** The provider's responsible specialist who prepares the result. */
    EXECUTOR,
    /** A worker of the State Corporation. */
    STATE_CORPORATION_OPERATOR,
    /** The portal or another information system acting without a person. */
    SYSTEM;

    /** Whether this is a role of a provider's staff, who act for one provider. */
    public boolean isProviderStaff() {
        return this == INTAKE_OFFICER || this == HEAD || this == EXECUTOR;
    }
}
