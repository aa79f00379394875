package kz.qyzmet.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
    }

    record IntakeRefused(Header header, List<IntakeRefusalReason> reasons) implements RequestEvent {
        public IntakeRefused {
            reasons = List.copyOf(reasons);
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
    }

    record ExecutorAssigned(Header header, UserId executor) implements RequestEvent {
    }

    record ReviewStarted(Header header) implements RequestEvent {
    }

    record RequestApproved(Header header) implements RequestEvent {
    }

    record RequestRefused(Header header, List<RefusalGround> grounds, String motivation) implements RequestEvent {
        public RequestRefused {
            grounds = List.copyOf(grounds);
        }
    }

    record ResultReady(Header header) implements RequestEvent {
    }

    record HandedToStateCorporation(Header header, Instant keptUntil) implements RequestEvent {
    }

    record ReturnedToProvider(Header header) implements RequestEvent {
    }

    record ReRequested(Header header, Instant dueBack) implements RequestEvent {
    }

    record ResultIssued(Header header) implements RequestEvent {
    }

    record RequestWithdrawn(Header header) implements RequestEvent {
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
    }

    /** A term has passed without the work it covers being done. */
    record DeadlineOverdue(Header header, Integer step, Instant dueAt) implements DeadlineWarning {
        public DeadlineOverdue {
            Objects.requireNonNull(dueAt, "dueAt: required");
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
    }
}
