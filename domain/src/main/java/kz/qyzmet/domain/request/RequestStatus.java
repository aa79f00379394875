package kz.qyzmet.domain.request;

/** The states of a service request (DESIGN.md, "Request lifecycle"). */
public enum RequestStatus {
    SUBMITTED,
    /** Refused at intake, with a refusal receipt (бас тарту туралы қолхат / расписка об отказе в приеме). */
    INTAKE_REFUSED,
    /** Accepted with a receipt; the deadline runs. */
    ACCEPTED,
    /** The head's resolution (бұрыштама / резолюция) named an executor. */
    ASSIGNED,
    IN_REVIEW,
    APPROVED,
    /** Motivated refusal citing grounds of the standard. */
    REFUSED,
    /** The result is prepared and signed. */
    RESULT_READY,
    /** The result waits at the State Corporation, kept one month. */
    AT_STATE_CORPORATION,
    /** Not collected within the month: returned to the provider. */
    RETURNED_TO_PROVIDER,
    ISSUED,
    WITHDRAWN;

    /** The states of a request that was accepted and is neither refused nor withdrawn: it stands in a queue or a campaign. */
    public static java.util.Set<RequestStatus> standing() {
        return java.util.EnumSet.of(ACCEPTED, ASSIGNED, IN_REVIEW, APPROVED, RESULT_READY, AT_STATE_CORPORATION, RETURNED_TO_PROVIDER, ISSUED);
    }

    /** Whether nothing can happen to the request any more. */
    public boolean terminal() {
        return this == INTAKE_REFUSED || this == REFUSED || this == ISSUED || this == WITHDRAWN;
    }
}
