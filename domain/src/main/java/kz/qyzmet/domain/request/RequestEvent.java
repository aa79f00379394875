package kz.qyzmet.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.StepDeadline;

/**
 * What happened to a service request, as business facts in the past tense. The history of a request is the
 * append-only list of these; each says who, in which role, for which provider, when, what, and the state of
 * the deadline at that moment.
 */
public sealed interface RequestEvent {

    Header header();

    /**
     * The kind of event under its published name, the one the API and the stored data answer with (such as
     * {@code RequestAccepted}): declared on each member, so that renaming or moving a record does not change what
     * clients read. The names in use: {@link #TYPE_NAMES}.
     */
    String typeName();

    /** What the visitor does with this kind of event: one method per member, so that a new member must be answered everywhere. */
    <R> R accept(Visitor<R> visitor);

    /** Every published type name, in the order of the lifecycle; a name once published never changes. */
    List<String> TYPE_NAMES = List.of(
            RequestSubmitted.TYPE_NAME,
            IntakeRefused.TYPE_NAME,
            RequestAccepted.TYPE_NAME,
            ExecutorAssigned.TYPE_NAME,
            ReviewStarted.TYPE_NAME,
            RequestApproved.TYPE_NAME,
            RequestRefused.TYPE_NAME,
            ResultReady.TYPE_NAME,
            HandedToStateCorporation.TYPE_NAME,
            ReturnedToProvider.TYPE_NAME,
            ReRequested.TYPE_NAME,
            ResultIssued.TYPE_NAME,
            RequestWithdrawn.TYPE_NAME,
            DeadlineAtRisk.TYPE_NAME,
            DeadlineOverdue.TYPE_NAME,
            ReferralIssued.TYPE_NAME);

    /**
     * Something done with a request event that depends on its kind: one method per member of the family. A new
     * kind of event does not compile until every visitor says what it does with it.
     *
     * @param <R> what the visit answers
     */
    interface Visitor<R> {
        R visit(RequestSubmitted event);

        R visit(IntakeRefused event);

        R visit(RequestAccepted event);

        R visit(ExecutorAssigned event);

        R visit(ReviewStarted event);

        R visit(RequestApproved event);

        R visit(RequestRefused event);

        R visit(ResultReady event);

        R visit(HandedToStateCorporation event);

        R visit(ReturnedToProvider event);

        R visit(ReRequested event);

        R visit(ResultIssued event);

        R visit(RequestWithdrawn event);

        R visit(DeadlineAtRisk event);

        R visit(DeadlineOverdue event);

        R visit(ReferralIssued event);
    }

    /**
     * The lifecycle action this event records, or empty for the submission and for the events that are no
     * transition (deadline warnings, referrals).
     */
    Optional<Action> action();

    /**
     * The facts of this event for the request's history, in a stable order: values are strings, numbers,
     * instants, dates, {@link kz.qyzmet.domain.language.LocalizedText}, {@link IntakeRefusalReason}s, maps or
     * lists of these; whoever shows them picks the reader's language and zone.
     */
    Map<String, Object> facts();

    /**
     * Who did what when.
     *
     * @param actor    who, in which role, for which provider
     * @param at       when
     * @param from     the state before
     * @param to       the state after
     * @param deadline the overall deadline at that moment
     */
    record Header(Actor actor, Instant at, RequestStatus from, RequestStatus to, DeadlineState deadline) {
        public Header {
            Objects.requireNonNull(actor, "actor: required");
            Objects.requireNonNull(at, "at: required");
            Objects.requireNonNull(to, "to: required");
            Objects.requireNonNull(deadline, "deadline: required");
        }
    }

    record RequestSubmitted(Header header) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "RequestSubmitted";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    record IntakeRefused(Header header, List<IntakeRefusalReason> reasons) implements RequestEvent {
        public IntakeRefused {
            reasons = List.copyOf(reasons);
        }
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "IntakeRefused";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.REFUSE_INTAKE);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("reasons", reasons);
        }
    }

    /**
     * Accepted under a version of the standard, with the receipt, the overall deadline (and its explanation)
     * and the planned step deadlines.
     */
    record RequestAccepted(Header header, Receipt receipt, CatalogCode version, Deadline deadline, List<StepDeadline> steps)
            implements RequestEvent {
        public RequestAccepted {
            Objects.requireNonNull(version, "version: required");
            Objects.requireNonNull(deadline, "deadline: required");
            steps = List.copyOf(steps);
        }
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "RequestAccepted";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.ACCEPT);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("version", version.value(), "dueAt", receipt.dueAt(), "receiptDocuments",
                    receipt.documents().stream().map(CatalogCode::value).toList());
        }
    }

    record ExecutorAssigned(Header header, UserId executor) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ExecutorAssigned";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.ASSIGN);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("executor", executor.value());
        }
    }

    record ReviewStarted(Header header) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ReviewStarted";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.START_REVIEW);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    record RequestApproved(Header header) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "RequestApproved";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.APPROVE);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    record RequestRefused(Header header, List<RefusalGround> grounds, String motivation) implements RequestEvent {
        public RequestRefused {
            grounds = List.copyOf(grounds);
        }
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "RequestRefused";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.REFUSE);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("grounds", grounds.stream().map(ground -> Facts.of("code", ground.code().value(), "text", ground.text())).toList(),
                    "motivation", motivation);
        }
    }

    record ResultReady(Header header) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ResultReady";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.MARK_READY);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    record HandedToStateCorporation(Header header, Instant keptUntil) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "HandedToStateCorporation";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.HAND_OVER);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("keptUntil", keptUntil);
        }
    }

    record ReturnedToProvider(Header header) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ReturnedToProvider";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.RETURN_TO_PROVIDER);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    record ReRequested(Header header, Instant dueBack) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ReRequested";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.RE_REQUEST);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("dueBack", dueBack);
        }
    }

    record ResultIssued(Header header) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ResultIssued";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.ISSUE);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    record RequestWithdrawn(Header header) implements RequestEvent {
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "RequestWithdrawn";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.of(Action.WITHDRAW);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    /**
     * A warning that a deadline is close or missed, raised by the system's deadline watch. It is not a
     * transition: the state before and after are the same ({@code header.from() == header.to()}).
     */
    sealed interface DeadlineWarning extends RequestEvent {

        /** The number of the regulation's step whose deadline it concerns, or null for the overall term. */
        Integer step();

        /** The deadline it concerns. */
        Instant dueAt();
    }

    /** Less than the configured share of a term is left (the request or one of its steps is at risk). */
    record DeadlineAtRisk(Header header, Integer step, Instant dueAt) implements DeadlineWarning {
        public DeadlineAtRisk {
            Objects.requireNonNull(dueAt, "dueAt: required");
        }
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "DeadlineAtRisk";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> facts() {
            return step == null ? Facts.of("dueAt", dueAt) : Facts.of("step", step, "dueAt", dueAt);
        }
    }

    /** A term has passed without the work it covers being done. */
    record DeadlineOverdue(Header header, Integer step, Instant dueAt) implements DeadlineWarning {
        public DeadlineOverdue {
            Objects.requireNonNull(dueAt, "dueAt: required");
        }
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "DeadlineOverdue";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> facts() {
            return step == null ? Facts.of("dueAt", dueAt) : Facts.of("step", step, "dueAt", dueAt);
        }
    }

    /**
     * A referral (жолдама / направление) to a pre-school organisation was issued for a child in the queue: the
     * child leaves the queue. No transition: the request's state stays as it was.
     *
     * @param header       who issued it and when (from and to the same state)
     * @param organisation the pre-school organisation the child is referred to
     */
    record ReferralIssued(Header header, String organisation) implements RequestEvent {
        public ReferralIssued {
            if (organisation == null || organisation.isBlank() || organisation.length() > 200) {
                throw new IllegalArgumentException("organisation: required, at most 200 characters");
            }
        }
        /** This kind's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ReferralIssued";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public Optional<Action> action() {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("organisation", organisation);
        }
    }
}
