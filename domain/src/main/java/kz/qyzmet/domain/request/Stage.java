package kz.qyzmet.domain.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.Role;

/**
 * The stages of a request's life that the steps of a regulation's procedure (seed 003, "Description of the
 * procedure of interaction") are done in, in order: for each step, which stage it ends with; for each stage, the
 * events that complete it and the statuses that wait in it. The deadline watch asks whether a step's completing
 * event has come; the monthly monitoring asks whether the request still waited in the step's stage (or an
 * earlier one) at the step's due moment. Both read this one model.
 *
 * <p>A step's stage follows from its role and its place in the procedure, and never goes back:
 * <ul>
 * <li>the intake officer's or the State Corporation operator's step before any of the provider's decision work
 * is <b>intake</b> ("регистрирует заявление, принимает документы", 003 regulation 3, para 9(1) and 12(1)–(3));</li>
 * <li>the head's first step is the <b>resolution</b> when someone works on the request after it ("согласно
 * резолюции отписывает заявление ... для исполнения", 003 regulation 3, para 9(2)): an executor, or the head
 * again; when no one does, the head's step is the decision itself, ended by the signed result or the refusal
 * ("издает приказ о зачислении", 003 regulation 1, para 10(2)). A head's step after a resolution is the
 * <b>signature</b> (a head does not resolve twice);</li>
 * <li>the executor's step is the <b>review</b>, ended by the approval or refusal, when a head's step follows
 * for the signature; otherwise it runs until the signed result ("подготавливает дубликат, подписывает у
 * руководителя", 003 regulation 3, para 9(3)) and ends with the <b>signature</b> stage;</li>
 * <li>the intake officer's step after the decision work is <b>handing out</b>: to the applicant or to the State
 * Corporation (para 9(4), 12(6));</li>
 * <li>the State Corporation operator's step after the decision work is the <b>collection</b> by the applicant
 * (para 12(7)), who comes when they like: it is not watched;</li>
 * <li>the applicant's own steps and the information system's have no stage: nobody's delay is measured by
 * them.</li>
 * </ul>
 */
public enum Stage {
    /** The application is registered and accepted, or refused at intake. */
    INTAKE(EnumSet.of(RequestStatus.SUBMITTED), Set.of(RequestEvent.RequestAccepted.class, RequestEvent.IntakeRefused.class)),
    /** The head's resolution names an executor. */
    RESOLUTION(EnumSet.of(RequestStatus.ACCEPTED), Set.of(RequestEvent.ExecutorAssigned.class)),
    /** The executor checks the documents and prepares the result or the refusal. */
    REVIEW(EnumSet.of(RequestStatus.ASSIGNED, RequestStatus.IN_REVIEW),
            Set.of(RequestEvent.RequestApproved.class, RequestEvent.RequestRefused.class)),
    /** The head signs the result (or the refusal). */
    SIGNATURE(EnumSet.of(RequestStatus.APPROVED), Set.of(RequestEvent.ResultReady.class, RequestEvent.RequestRefused.class)),
    /** The provider's office hands the result to the applicant or to the State Corporation. */
    HANDING_OUT(EnumSet.of(RequestStatus.RESULT_READY),
            Set.of(RequestEvent.ResultIssued.class, RequestEvent.HandedToStateCorporation.class)),
    /** The result waits at the State Corporation (or back at the provider) for the applicant to come. */
    COLLECTION(EnumSet.of(RequestStatus.AT_STATE_CORPORATION, RequestStatus.RETURNED_TO_PROVIDER),
            Set.of(RequestEvent.ResultIssued.class));

    private final Set<RequestStatus> waiting;
    private final Set<Class<? extends RequestEvent>> completedBy;

    Stage(Set<RequestStatus> waiting, Set<Class<? extends RequestEvent>> completedBy) {
        this.waiting = waiting;
        this.completedBy = completedBy;
    }

    /** The statuses a request waits in during this stage. */
    public Set<RequestStatus> waiting() {
        return waiting;
    }

    /** The events that complete this stage. */
    public Set<Class<? extends RequestEvent>> completedBy() {
        return completedBy;
    }

    /** Whether a step of this stage is watched and reported: all but the applicant's collection of the result. */
    public boolean watched() {
        return this != COLLECTION;
    }

    /** Whether a history holds an event that completes this stage. */
    public boolean completedIn(List<RequestEvent> history) {
        Objects.requireNonNull(history, "history: required");
        return history.stream().anyMatch(event -> completedBy.contains(event.getClass()));
    }

    /**
     * Whether a request in that status has not yet done a step of this stage: it waits in this stage or an earlier
     * one. A request closed (or with no status yet) waits in none.
     */
    public boolean pendingIn(RequestStatus status) {
        return waitedIn(status).map(stage -> stage.compareTo(this) <= 0).orElse(false);
    }

    /** The stage a request in that status waits in; empty for a closed request (or no status). */
    public static Optional<Stage> waitedIn(RequestStatus status) {
        if (status == null) {
            return Optional.empty();
        }
        for (Stage stage : values()) {
            if (stage.waiting.contains(status)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The stage of each of a procedure's steps, in their order; empty for a step that has none. */
    public static List<Optional<Stage>> of(List<ProcedureStep> steps) {
        Objects.requireNonNull(steps, "steps: required");
        List<Role> roles = steps.stream().map(ProcedureStep::role).toList();
        List<Optional<Stage>> stages = new ArrayList<>(roles.size());
        Stage before = null;
        for (int i = 0; i < roles.size(); i++) {
            Stage stage = next(before, roles.get(i), roles.subList(i + 1, roles.size()));
            stages.add(Optional.ofNullable(stage));
            if (stage != null) {
                before = stage;
            }
        }
        return stages;
    }

    private static Stage next(Stage before, Role role, List<Role> after) {
        boolean intakeOnly = before == null || before == INTAKE;
        boolean deciding = before != null && before.compareTo(RESOLUTION) >= 0 && before.compareTo(SIGNATURE) <= 0;
        return switch (role) {
            case APPLICANT, SYSTEM -> null;
            case INTAKE_OFFICER -> intakeOnly ? INTAKE : deciding || before == HANDING_OUT ? HANDING_OUT : null;
            case STATE_CORPORATION_OPERATOR -> intakeOnly ? INTAKE : COLLECTION;
            case HEAD -> {
                if (intakeOnly) {
                    yield after.contains(Role.EXECUTOR) || after.contains(Role.HEAD) ? RESOLUTION : SIGNATURE;
                }
                yield deciding ? SIGNATURE : null;
            }
            case EXECUTOR -> {
                if (intakeOnly || before == RESOLUTION || before == REVIEW) {
                    yield after.contains(Role.HEAD) ? REVIEW : SIGNATURE;
                }
                yield before == SIGNATURE ? SIGNATURE : null;
            }
        };
    }
}
