package kz.qyzmet.domain.request;

import kz.qyzmet.domain.language.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.StepDeadline;

/**
 * A citizen's service request (өтініш / заявление) moving through its lifecycle: intake, the head's
 * resolution, review, a result or a motivated refusal, issue — at the provider or through the State
 * Corporation, which keeps a ready result for one month before returning it to the provider. Every
 * transition is checked against {@link Lifecycle} (state and role), appended to the history as a
 * {@link RequestEvent}, and returned.
 *
 * <p>The aggregate is governed by the version of the standard in force when it was accepted; the
 * application layer looks that version up and computes deadlines with the deadline policies.
 */
public final class ServiceRequest {

    private final RequestId id;
    private final Submission submission;
    private final List<RequestEvent> history = new ArrayList<>();
    private RequestStatus status;
    private CatalogCode standardVersion;
    private Deadline deadline;
    private List<StepDeadline> steps = List.of();
    private UserId executor;
    private Instant keptUntil;
    private Instant dueBack;
    private final Changes changes = new Changes();

    private ServiceRequest(RequestId id, Submission submission) {
        this.id = Objects.requireNonNull(id, "id: required");
        this.submission = Objects.requireNonNull(submission, "submission: required");
    }

    /** A request handed in: the history starts with {@link RequestEvent.RequestSubmitted}. */
    public static ServiceRequest submit(RequestId id, Submission submission, Actor actor) {
        ServiceRequest request = new ServiceRequest(id, submission);
        if (actor.role() == Role.APPLICANT && !request.concerns(actor)) {
            throw new IllegalArgumentException("applicant: an applicant submits for themselves or, as a representative, for the person they represent");
        }
        request.status = RequestStatus.SUBMITTED;
        request.history.add(new RequestEvent.RequestSubmitted(
                new RequestEvent.Header(actor, submission.receivedAt(), null, RequestStatus.SUBMITTED, DeadlineState.NOT_SET)));
        return request;
    }

    /** Refuses intake, listing every reason on the refusal receipt. */
    public RequestEvent.IntakeRefused refuseIntake(Actor actor, Instant now, List<IntakeRefusalReason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons: an intake refusal lists at least one reason");
        }
        return record(new RequestEvent.IntakeRefused(header(Action.REFUSE_INTAKE, actor, now), reasons));
    }

    /**
     * Accepts the request: the receipt, the overall deadline, the step deadlines, and the version of the
     * standard that governs it from now on.
     */
    public RequestEvent.RequestAccepted accept(Actor actor, Instant now, CatalogCode version, Deadline overall, List<StepDeadline> stepDeadlines) {
        Objects.requireNonNull(version, "version: required");
        Objects.requireNonNull(overall, "deadline: required");
        RequestEvent.Header header = header(Action.ACCEPT, actor, now);
        Receipt receipt = new Receipt(id, overall.acceptance().acceptedAt(), overall.dueAt(),
                submission.documents().stream().map(SubmittedDocument::code).toList());
        RequestEvent.Header withDeadline = new RequestEvent.Header(header.actor(), header.at(), header.from(), header.to(),
                DeadlineState.at(overall.dueAt(), now));
        return record(new RequestEvent.RequestAccepted(withDeadline, receipt, version, overall, stepDeadlines));
    }

    /** The head's resolution: names the executor. */
    public RequestEvent.ExecutorAssigned assign(Actor actor, Instant now, UserId executor) {
        Objects.requireNonNull(executor, "executor: required");
        RequestEvent.Header header = header(Action.ASSIGN, actor, now);
        return record(new RequestEvent.ExecutorAssigned(header, executor));
    }

    /** The assigned executor starts the review. */
    public RequestEvent.ReviewStarted startReview(Actor actor, Instant now) {
        RequestEvent.Header header = header(Action.START_REVIEW, actor, now);
        return record(new RequestEvent.ReviewStarted(header));
    }

    public RequestEvent.RequestApproved approve(Actor actor, Instant now) {
        return approve(actor, now, ApprovalPolicy.NONE);
    }

    /**
     * Approves the request if the lifecycle allows it and the service's approval policy has no objection; the
     * policy is asked after the lifecycle's rules and before the approval is recorded.
     *
     * @throws IllegalTransitionException with the policy's objection, recording nothing
     */
    public RequestEvent.RequestApproved approve(Actor actor, Instant now, ApprovalPolicy policy) {
        RequestEvent.Header header = header(Action.APPROVE, actor, now);
        Optional<LocalizedText> objection = policy.objectionTo(this);
        if (objection.isPresent()) {
            throw new IllegalTransitionException(status, Action.APPROVE, objection.get());
        }
        return record(new RequestEvent.RequestApproved(header));
    }

    /**
     * A motivated refusal: it must cite one or more refusal grounds of the governing version of the standard.
     *
     * @param version the governing version (its id must be the one the request was accepted under)
     */
    public RequestEvent.RequestRefused refuse(Actor actor, Instant now, StandardVersion version, List<CatalogCode> grounds, String motivation) {
        RequestEvent.Header header = header(Action.REFUSE, actor, now);
        if (!version.id().equals(standardVersion)) {
            throw new RuleViolation("version", "governingVersion", "the request is governed by " + standardVersion + ", not " + version.id());
        }
        if (grounds == null || grounds.isEmpty()) {
            throw new RuleViolation("grounds", "required", "a motivated refusal cites at least one refusal ground of the standard");
        }
        List<RefusalGround> cited = new ArrayList<>();
        for (CatalogCode code : grounds) {
            RefusalGround ground = version.refusalGround(code).orElseThrow(() -> new RuleViolation("grounds", "ground",
                    "'" + code + "' is not a refusal ground of " + submission.service() + " version " + version.id()
                            + "; its grounds are " + version.refusalGrounds().value().orElse(List.of()).stream()
                            .map(g -> g.code().value()).toList()));
            if (ground.stage() != RefusalStage.DECISION) {
                throw new RuleViolation("grounds", "ground", "'" + code + "' is a ground for refusing intake (stage " + ground.stage()
                        + "), cited on the refusal receipt at intake, not in a motivated refusal after review");
            }
            cited.add(ground);
        }
        return record(new RequestEvent.RequestRefused(header, cited, motivation));
    }

    /** The result is prepared and signed by the head. */
    public RequestEvent.ResultReady markReady(Actor actor, Instant now) {
        return record(new RequestEvent.ResultReady(header(Action.MARK_READY, actor, now)));
    }

    /** Issues the result: at the provider (or in the personal cabinet), or at the State Corporation. */
    public RequestEvent.ResultIssued issue(Actor actor, Instant now) {
        RequestEvent.Header header = header(Action.ISSUE, actor, now);
        return record(new RequestEvent.ResultIssued(header));
    }

    /**
     * The provider sends the result to the State Corporation, which keeps it one month
     * ({@link StateCorporationStorage}).
     */
    public RequestEvent.HandedToStateCorporation handOver(Actor actor, Instant now, ZoneId zone) {
        RequestEvent.Header header = header(Action.HAND_OVER, actor, now);
        return record(new RequestEvent.HandedToStateCorporation(header, StateCorporationStorage.from(now, zone).until()));
    }

    /** The State Corporation returns an uncollected result to the provider once the month of storage is over. */
    public RequestEvent.ReturnedToProvider returnToProvider(Actor actor, Instant now) {
        RequestEvent.Header header = header(Action.RETURN_TO_PROVIDER, actor, now);
        return record(new RequestEvent.ReturnedToProvider(header));
    }

    /**
     * The applicant asks the State Corporation for a returned result: the provider must send it back by
     * {@code dueBack} (one working day, computed by the day-term policy).
     */
    public RequestEvent.ReRequested reRequest(Actor actor, Instant now, Instant dueBack) {
        Objects.requireNonNull(dueBack, "dueBack: required");
        RequestEvent.Header header = header(Action.RE_REQUEST, actor, now);
        return record(new RequestEvent.ReRequested(header, dueBack));
    }

    /** The applicant withdraws the request before a decision. */
    public RequestEvent.RequestWithdrawn withdraw(Actor actor, Instant now) {
        RequestEvent.Header header = header(Action.WITHDRAW, actor, now);
        return record(new RequestEvent.RequestWithdrawn(header));
    }

    /**
     * The system's deadline watch: raises, once each, an "at risk" warning when less than {@code atRiskShare} of
     * a running term is left and an "overdue" warning when it has passed — for the overall term (until the
     * result is ready or refused) and for each open step of the regulation's procedure. The warnings are
     * appended to the history without changing the state.
     *
     * @return the warnings raised now, none if every one was raised already
     * @throws ForbiddenActionException if the actor is not the system
     */
    public List<RequestEvent.DeadlineWarning> watchDeadlines(Actor actor, Instant now, AtRiskShare atRiskShare) {
        Objects.requireNonNull(actor, "actor: required");
        Objects.requireNonNull(now, "now: required");
        if (actor.role() != Role.SYSTEM) {
            throw new IllegalArgumentException("actor: only the system watches deadlines, not " + actor.role());
        }
        Objects.requireNonNull(atRiskShare, "atRiskShare: required");
        RequestEvent.Header header = new RequestEvent.Header(actor, now, status, status,
                DeadlineState.at(deadline == null ? null : deadline.dueAt(), now));
        List<RequestEvent.DeadlineWarning> raised = new ArrayList<>();
        for (DeadlineWatch.Watched watched : DeadlineWatch.running(this)) {
            for (Class<? extends RequestEvent.DeadlineWarning> kind : DeadlineWatch.due(watched, now, atRiskShare, history)) {
                raised.add(record(kind == RequestEvent.DeadlineOverdue.class
                        ? new RequestEvent.DeadlineOverdue(header, watched.step(), watched.dueAt())
                        : new RequestEvent.DeadlineAtRisk(header, watched.step(), watched.dueAt())));
            }
        }
        return raised;
    }

    /**
     * When the deadline watch next has something to do to this request, with {@code atRiskShare} as the deployment's
     * share: the earliest moment at which {@link #watchDeadlines} would raise a warning or the State Corporation's
     * month of storage ends. Before it the watch changes nothing; from it on it does (unless another change comes
     * first, which moves the moment). Empty when nothing is left to watch at any share: the request is closed, has
     * no deadline, or every running deadline was reported overdue. A store keeps it so that the watch reads only the
     * requests it has to change.
     */
    public Optional<Instant> nextWatch(AtRiskShare atRiskShare) {
        Objects.requireNonNull(atRiskShare, "atRiskShare: required");
        return DeadlineWatch.next(this, atRiskShare);
    }

    /**
     * Issues a referral to a pre-school organisation for this application, which leaves the queue: taken by
     * the provider's staff, for an application accepted and neither refused nor withdrawn, once.
     *
     * @throws ForbiddenActionException if the actor is not staff of the request's provider
     * @throws IllegalTransitionException if the application is not standing or was referred already
     */
    public RequestEvent.ReferralIssued issueReferral(Actor actor, Instant now, String organisation) {
        Objects.requireNonNull(actor, "actor: required");
        Objects.requireNonNull(now, "now: required");
        if (!actor.role().isProviderStaff() || !submission.provider().equals(actor.provider())) {
            throw new ForbiddenActionException(Action.REFER, actor.role(), LocalizedText.ours(
                    "кезекке жолдаманы тек " + submission.provider() + " қызметкерлері береді",
                    "направления по очереди выдают только сотрудники " + submission.provider(),
                    "only the staff of " + submission.provider() + " issue referrals for its queue"));
        }
        if (!RequestStatus.standing().contains(status)) {
            throw new IllegalTransitionException(status, Action.REFER, LocalizedText.ours(
                    "жолдама тек кезекте тұрған өтінішке беріледі",
                    "направление выдается только по заявлению, стоящему в очереди",
                    "a referral is issued only for an application standing in the queue"));
        }
        if (referred()) {
            throw new IllegalTransitionException(status, Action.REFER, LocalizedText.ours(
                    "бұл өтінішке жолдама бұрын берілген",
                    "по этому заявлению направление уже выдано",
                    "a referral was issued for this application already"));
        }
        return record(new RequestEvent.ReferralIssued(new RequestEvent.Header(actor, now, status, status,
                DeadlineState.at(deadline == null ? null : deadline.dueAt(), now)), organisation));
    }

    /** Whether a referral was issued for this application. */
    public boolean referred() {
        return history.stream().anyMatch(RequestEvent.ReferralIssued.class::isInstance);
    }

    /** Whether the actor is the applicant or the applicant's representative. */
    public boolean concerns(Actor actor) {
        if (actor.iin() == null) {
            return false;
        }
        Applicant applicant = submission.applicant();
        return actor.iin().equals(applicant.iin())
                || (applicant.representative() != null && actor.iin().equals(applicant.representative().iin()));
    }

    private boolean viaStateCorporation() {
        return submission.channel() == Channel.STATE_CORPORATION;
    }

    /**
     * The actions this actor may take on the request now: those the state allows to their role, with every rule
     * of the request itself met (the executor named in the resolution, the channel the result goes back by, the
     * State Corporation's month of storage, the acceptance moment, the applicant's own request).
     */
    public List<Action> allowedActions(Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor: required");
        Objects.requireNonNull(now, "now: required");
        return Lifecycle.allowedFrom(status).stream().filter(action -> obstacle(action, actor, now).isEmpty()).toList();
    }

    /**
     * Why the actor may not take the action now, as the error to throw, or empty if they may. The error is built only
     * when it is thrown: {@link #allowedActions} asks of every action of the state, for every view of the request.
     */
    private Optional<Supplier<RuntimeException>> obstacle(Action action, Actor actor, Instant now) {
        Optional<Transition> transition = Lifecycle.transition(action, status);
        if (transition.isEmpty()) {
            return Optional.of(() -> new IllegalTransitionException(status, action, Lifecycle.allowedFrom(status)));
        }
        if (!transition.get().roles().contains(actor.role())) {
            return Optional.of(() -> new ForbiddenActionException(action, status, actor.role(), transition.get().roles()));
        }
        Instant acceptedAt = acceptedAt().orElse(null);
        if (acceptedAt != null && now.isBefore(acceptedAt) && actor.role() != Role.APPLICANT && actor.role() != Role.SYSTEM) {
            return Optional.of(() -> new IllegalTransitionException(status, action, LocalizedText.ours(
                    "өтініш " + acceptedAt + " сәтінде қабылданады; қызметкерлер онымен сол сәттен бастап қана жұмыс істейді",
                    "заявление принимается в " + acceptedAt + "; сотрудники работают с ним только с этого момента",
                    "the request is accepted at " + acceptedAt + " (" + deadline.acceptance().reason()
                            + "); staff act on it from that moment, not before"), acceptedAt));
        }
        boolean executorRule = action == Action.START_REVIEW
                || ((action == Action.APPROVE || action == Action.REFUSE) && actor.role() == Role.EXECUTOR);
        if (executorRule && (executor == null || !executor.equals(actor.user()))) {
            return Optional.of(() -> new ForbiddenActionException(action, actor.role(), LocalizedText.ours(
                    "бұл әрекетті тек басшының бұрыштамасында аталған орындаушы жасай алады",
                    "это действие может выполнить только исполнитель, указанный в резолюции руководителя",
                    "only the executor named in the head's resolution may " + action.slug() + " this request")));
        }
        if (action == Action.ISSUE && status == RequestStatus.RESULT_READY && viaStateCorporation()) {
            return Optional.of(() -> new IllegalTransitionException(status, Action.ISSUE, LocalizedText.ours(
                    "Мемлекеттік корпорация арқылы берілген өтініштің нәтижесі сонда беріледі: алдымен оны Мемлекеттік корпорацияға жіберіңіз",
                    "результат заявки, поданной через Государственную корпорацию, выдается там: сначала передайте его в Государственную корпорацию",
                    "a request made through the State Corporation is issued there: hand it over first")));
        }
        if (action == Action.HAND_OVER && !viaStateCorporation()) {
            return Optional.of(() -> new IllegalTransitionException(status, Action.HAND_OVER, LocalizedText.ours(
                    "Мемлекеттік корпорацияға тек сол арқылы берілген өтініш жіберіледі",
                    "в Государственную корпорацию передается только заявка, поданная через нее",
                    "only a request made through the State Corporation goes there")));
        }
        if (action == Action.RETURN_TO_PROVIDER && storage().map(storage -> !storage.isOver(now)).orElse(false)) {
            return Optional.of(() -> new IllegalTransitionException(status, Action.RETURN_TO_PROVIDER, LocalizedText.ours(
                    "Мемлекеттік корпорация нәтижені " + keptUntil + " дейін сақтайды",
                    "Государственная корпорация хранит результат до " + keptUntil,
                    "the State Corporation keeps the result until " + keptUntil), keptUntil));
        }
        if (action == Action.WITHDRAW && !concerns(actor)) {
            return Optional.of(() -> new ForbiddenActionException(Action.WITHDRAW, actor.role(), LocalizedText.ours(
                    "бұл өтінішті тек көрсетілетін қызметті алушы немесе оның өкілі кері қайтара алады",
                    "отозвать это заявление может только услугополучатель или его представитель",
                    "only the applicant or their representative may withdraw this request")));
        }
        return Optional.empty();
    }

    private RequestEvent.Header header(Action action, Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor: required");
        Objects.requireNonNull(now, "now: required");
        Optional<Supplier<RuntimeException>> obstacle = obstacle(action, actor, now);
        if (obstacle.isPresent()) {
            throw obstacle.get().get();
        }
        Transition transition = Lifecycle.transition(action, status).orElseThrow();
        return new RequestEvent.Header(actor, now, status, transition.to(), DeadlineState.at(deadline == null ? null : deadline.dueAt(), now));
    }

    private <E extends RequestEvent> E record(E event) {
        apply(event);
        history.add(event);
        return event;
    }

    /** What an event changes, whether it is happening now or replayed from the history. */
    private void apply(RequestEvent event) {
        event.accept(changes);
        status = event.header().to();
    }

    /** What each kind of event changes in the request besides its state; most change nothing else. */
    private final class Changes implements RequestEvent.Visitor<Void> {

        @Override
        public Void visit(RequestEvent.RequestAccepted accepted) {
            standardVersion = accepted.version();
            deadline = accepted.deadline();
            steps = accepted.steps();
            return null;
        }

        @Override
        public Void visit(RequestEvent.ExecutorAssigned assigned) {
            executor = assigned.executor();
            return null;
        }

        @Override
        public Void visit(RequestEvent.HandedToStateCorporation handed) {
            keptUntil = handed.keptUntil();
            dueBack = null;
            return null;
        }

        @Override
        public Void visit(RequestEvent.ReRequested reRequested) {
            dueBack = reRequested.dueBack();
            return null;
        }

        @Override
        public Void visit(RequestEvent.RequestSubmitted event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.IntakeRefused event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.ReviewStarted event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.RequestApproved event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.RequestRefused event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.ResultReady event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.ReturnedToProvider event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.ResultIssued event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.RequestWithdrawn event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.DeadlineAtRisk event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.DeadlineOverdue event) {
            return null;
        }

        @Override
        public Void visit(RequestEvent.ReferralIssued event) {
            return null;
        }
    }

    /**
     * A request rebuilt from its submission and stored history (a storage adapter's way back to the aggregate).
     * The history must start with the submission and each event must follow from the state before it.
     *
     * @throws IllegalArgumentException naming the event that does not follow
     */
    public static ServiceRequest restore(RequestId id, Submission submission, List<RequestEvent> history) {
        if (history.isEmpty() || !RequestEvent.RequestSubmitted.TYPE_NAME.equals(history.get(0).typeName())) {
            throw new IllegalArgumentException("history: must start with " + RequestEvent.RequestSubmitted.TYPE_NAME);
        }
        ServiceRequest request = new ServiceRequest(id, submission);
        request.status = RequestStatus.SUBMITTED;
        request.history.add(history.get(0));
        for (int i = 1; i < history.size(); i++) {
            RequestEvent event = history.get(i);
            RequestEvent.Header header = event.header();
            if (header.from() == null) {
                throw new IllegalArgumentException("history[" + i + "]: a request is submitted only once");
            }
            if (event.action().isEmpty()) {
                if (header.from() != request.status || header.to() != request.status) {
                    throw new IllegalArgumentException("history[" + i + "]: " + event.typeName()
                            + " is no transition: it must be from and to " + request.status);
                }
                request.history.add(event);
                continue;
            }
            if (header.from() != request.status
                    || Lifecycle.transition(event.action().get(), header.from()).map(t -> t.to() != header.to()).orElse(true)) {
                throw new IllegalArgumentException("history[" + i + "]: " + event.typeName() + " from " + header.from()
                        + " to " + header.to() + " does not follow from " + request.status);
            }
            request.apply(event);
            request.history.add(event);
        }
        return request;
    }

    public RequestId id() {
        return id;
    }

    public Submission submission() {
        return submission;
    }

    public RequestStatus status() {
        return status;
    }

    /** The version of the standard that governs the request, once accepted. */
    public Optional<CatalogCode> standardVersion() {
        return Optional.ofNullable(standardVersion);
    }

    /** The overall deadline with its explanation, once accepted. */
    public Optional<Deadline> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The legal moment of acceptance (the start of the term), once accepted. */
    public Optional<Instant> acceptedAt() {
        return deadline().map(accepted -> accepted.acceptance().acceptedAt());
    }

    /** The planned step deadlines of the regulation's procedure, once accepted. */
    public List<StepDeadline> steps() {
        return steps;
    }

    public Optional<UserId> executor() {
        return Optional.ofNullable(executor);
    }

    /** Until when the State Corporation keeps the ready result. */
    public Optional<Instant> keptUntil() {
        return Optional.ofNullable(keptUntil);
    }

    /** The State Corporation's keeping of the ready result, once it was handed over. */
    public Optional<StateCorporationStorage> storage() {
        return keptUntil().map(StateCorporationStorage::new);
    }

    /** When the provider must have sent a re-requested result back to the State Corporation. */
    public Optional<Instant> dueBack() {
        return Optional.ofNullable(dueBack);
    }

    /**
     * The revision of the request: how many events its history holds. A store saves a change only if the
     * revision it loaded is still the stored one (optimistic concurrency).
     */
    public int revision() {
        return history.size();
    }

    /** The history, oldest first; it is never changed, only appended to. */
    public List<RequestEvent> history() {
        return List.copyOf(history);
    }
}
