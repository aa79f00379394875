package kz.qyzmet.domain.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Stage;

/**
 * What the monthly monitoring report reads of one request, and nothing else: where it belongs (provider, service,
 * channel), when it was received, and the events of its history that the counting rules of {@link MonthlyMonitoring}
 * look at — each with its moment, its kind for the report and the status it left the request in; the intake refusal's
 * report keys, the motivated refusal's ground codes, and the acceptance's deadline, acceptance moment and step
 * deadlines (each step with the {@link Stage} it ends). Events the report does not count and that leave the status as
 * it was (warnings, re-requests in the same state) are left out: they change no count and no status at any moment.
 *
 * <p>Derived from a request by {@link #of(ServiceRequest)} only, so that the report compiled from a request's facts is
 * the report compiled from the request ({@link MonthlyMonitoring#compile} derives them itself). A store may keep the
 * facts beside the request, so that a report reads a few hundred bytes a request instead of its whole history.
 *
 * @param provider   the provider the request is addressed to
 * @param service    its service
 * @param channel    the channel it came through
 * @param receivedAt the receipt moment
 * @param events     the events the report looks at, in the order of the history
 */
public record ReportFacts(ProviderId provider, ServiceId service, Channel channel, Instant receivedAt, List<Event> events) {

    public ReportFacts {
        Objects.requireNonNull(provider, "provider: required");
        Objects.requireNonNull(service, "service: required");
        Objects.requireNonNull(channel, "channel: required");
        Objects.requireNonNull(receivedAt, "receivedAt: required");
        events = List.copyOf(Objects.requireNonNull(events, "events: required"));
    }

    /** What an event is for the monthly report. */
    public enum Kind {
        /** Refused at intake; its keys are the reasons' {@linkplain IntakeRefusalReason#reportKey report keys}. */
        INTAKE_REFUSED,
        /** Accepted, with a deadline and the regulation's step deadlines. */
        ACCEPTED,
        /** Approved by the executor. */
        APPROVED,
        /** Refused with a motivation; its keys are the grounds' codes. */
        REFUSED,
        /** The result handed to the applicant. */
        ISSUED,
        /** The result handed over to the State Corporation. */
        HANDED_TO_STATE_CORPORATION,
        /** Withdrawn by the applicant. */
        WITHDRAWN,
        /** Any other event that changed the request's status (the report reads the status a step's due moment found). */
        STATUS_CHANGED
    }

    /**
     * One event the report looks at.
     *
     * @param kind       what it is for the report
     * @param at         when it happened
     * @param to         the status it left the request in
     * @param keys       the intake refusal's report keys or the motivated refusal's ground codes, in the event's order
     *                   (empty for other kinds)
     * @param acceptance the acceptance's deadline facts, for {@link Kind#ACCEPTED} only (null otherwise)
     */
    public record Event(Kind kind, Instant at, RequestStatus to, List<String> keys, Acceptance acceptance) {
        public Event {
            Objects.requireNonNull(kind, "kind: required");
            Objects.requireNonNull(at, "at: required");
            Objects.requireNonNull(to, "to: required");
            keys = List.copyOf(Objects.requireNonNull(keys, "keys: required"));
            if ((kind == Kind.ACCEPTED) != (acceptance != null)) {
                throw new IllegalArgumentException("acceptance: required for an acceptance and only for it, was " + acceptance + " for " + kind);
            }
            for (String key : keys) {
                if (key.isBlank()) {
                    throw new IllegalArgumentException("keys: must not be blank, was " + keys);
                }
            }
            if (!keys.isEmpty() && kind != Kind.INTAKE_REFUSED && kind != Kind.REFUSED) {
                throw new IllegalArgumentException("keys: only refusals have keys, was " + keys + " for " + kind);
            }
        }
    }

    /**
     * The acceptance's deadline facts.
     *
     * @param acceptedAt the deadline's acceptance moment (a portal request sent at night: the next opening)
     * @param dueAt      the request's deadline
     * @param steps      the regulation's steps as planned at acceptance, in order
     */
    public record Acceptance(Instant acceptedAt, Instant dueAt, List<Step> steps) {
        public Acceptance {
            Objects.requireNonNull(acceptedAt, "acceptedAt: required");
            Objects.requireNonNull(dueAt, "dueAt: required");
            steps = List.copyOf(Objects.requireNonNull(steps, "steps: required"));
        }
    }

    /**
     * One planned step of the regulation.
     *
     * @param role  who does it
     * @param stage the stage of the lifecycle it ends with ({@link Stage#of}); empty for a step that has none
     * @param dueAt when it is due
     */
    public record Step(Role role, Optional<Stage> stage, Instant dueAt) {
        public Step {
            Objects.requireNonNull(role, "role: required");
            Objects.requireNonNull(stage, "stage: required");
            Objects.requireNonNull(dueAt, "dueAt: required");
        }
    }

    /** The facts of a request, as the monthly report reads them. */
    public static ReportFacts of(ServiceRequest request) {
        Objects.requireNonNull(request, "request: required");
        List<Event> events = new ArrayList<>();
        RequestStatus before = null;
        for (RequestEvent event : request.history()) {
            Event fact = event.accept(new Classification());
            RequestStatus to = event.header().to();
            if (fact != null) {
                events.add(fact);
            } else if (to != before) {
                events.add(new Event(Kind.STATUS_CHANGED, event.header().at(), to, List.of(), null));
            }
            before = to;
        }
        return new ReportFacts(request.submission().provider(), request.submission().service(), request.submission().channel(),
                request.submission().receivedAt(), events);
    }

    /**
     * Each kind of event's place in the report: a counted kind, or none (null: then only a change of status is kept).
     * Each kind says so here, so that a new kind of event does not compile until it is given its place.
     */
    private static final class Classification implements RequestEvent.Visitor<Event> {

        @Override
        public Event visit(RequestEvent.IntakeRefused refused) {
            return event(Kind.INTAKE_REFUSED, refused, refused.reasons().stream().map(IntakeRefusalReason::reportKey).toList());
        }

        @Override
        public Event visit(RequestEvent.RequestAccepted accepted) {
            List<StepDeadline> planned = accepted.steps();
            List<Optional<Stage>> stages = Stage.of(planned.stream().map(StepDeadline::step).toList());
            List<Step> steps = new ArrayList<>(planned.size());
            for (int i = 0; i < planned.size(); i++) {
                steps.add(new Step(planned.get(i).step().role(), stages.get(i), planned.get(i).dueAt()));
            }
            return new Event(Kind.ACCEPTED, accepted.header().at(), accepted.header().to(), List.of(),
                    new Acceptance(accepted.deadline().acceptance().acceptedAt(), accepted.deadline().dueAt(), steps));
        }

        @Override
        public Event visit(RequestEvent.RequestApproved approved) {
            return event(Kind.APPROVED, approved, List.of());
        }

        @Override
        public Event visit(RequestEvent.RequestRefused refused) {
            return event(Kind.REFUSED, refused, refused.grounds().stream().map(RefusalGround::code).map(Object::toString).toList());
        }

        @Override
        public Event visit(RequestEvent.ResultIssued issued) {
            return event(Kind.ISSUED, issued, List.of());
        }

        @Override
        public Event visit(RequestEvent.HandedToStateCorporation handed) {
            return event(Kind.HANDED_TO_STATE_CORPORATION, handed, List.of());
        }

        @Override
        public Event visit(RequestEvent.RequestWithdrawn withdrawn) {
            return event(Kind.WITHDRAWN, withdrawn, List.of());
        }

        /** Submission is counted by the receipt moment; assignment, review, readiness, returns, warnings and referrals are no line of the report. */
        @Override
        public Event visit(RequestEvent.RequestSubmitted event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.ExecutorAssigned event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.ReviewStarted event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.ResultReady event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.ReturnedToProvider event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.ReRequested event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.DeadlineAtRisk event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.DeadlineOverdue event) {
            return null;
        }

        @Override
        public Event visit(RequestEvent.ReferralIssued event) {
            return null;
        }

        private static Event event(Kind kind, RequestEvent event, List<String> keys) {
            return new Event(kind, event.header().at(), event.header().to(), keys, null);
        }
    }
}
