package kz.qyzmet.domain.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.StepDeadline;

/**
 * Which deadlines of a request are still running, and which warnings they call for at a moment. The overall
 * term runs from acceptance until the result is ready or refused; a step of the regulation's procedure runs
 * until the event that completes its kind of work (intake by acceptance, the head's resolution by the
 * assignment, preparing and signing by the ready result or the refusal, handing out by the issue or the
 * hand-over to the State Corporation). The State Corporation's issue to the applicant is not watched: it waits
 * for the applicant to come, and a result not collected is stored a month, then returned. Each warning is raised once:
 * the history says which were raised already.
 */
final class DeadlineWatch {

    private static final Set<RequestStatus> TERM_RUNNING = Set.of(
            RequestStatus.ACCEPTED, RequestStatus.ASSIGNED, RequestStatus.IN_REVIEW, RequestStatus.APPROVED);

    /** The kind of work a step is, in the order of a request's life. */
    private enum Work {
        INTAKE(Set.of(RequestEvent.RequestAccepted.class)),
        RESOLUTION(Set.of(RequestEvent.ExecutorAssigned.class)),
        DECISION(Set.of(RequestEvent.ResultReady.class, RequestEvent.RequestRefused.class)),
        HANDING_OUT(Set.of(RequestEvent.ResultIssued.class, RequestEvent.HandedToStateCorporation.class)),
        ISSUE(Set.of(RequestEvent.ResultIssued.class));

        private final Set<Class<? extends RequestEvent>> completedBy;

        Work(Set<Class<? extends RequestEvent>> completedBy) {
            this.completedBy = completedBy;
        }
    }

    private DeadlineWatch() {
    }

    /** A deadline to warn about: the step (null for the overall term), its start and its due instant. */
    record Watched(Integer step, Instant startsAt, Instant dueAt) {
    }

    /** The deadlines still running in a request's current state. */
    static List<Watched> running(ServiceRequest request) {
        List<Watched> running = new ArrayList<>();
        if (request.status().terminal() || request.deadline().isEmpty()) {
            return running;
        }
        if (TERM_RUNNING.contains(request.status())) {
            running.add(new Watched(null, request.acceptedAt().get(), request.deadline().get().dueAt()));
        }
        List<RequestEvent> history = request.history();
        Work work = Work.INTAKE;
        for (StepDeadline step : request.steps()) {
            work = next(work, step.step().role());
            Work current = work;
            boolean done = history.stream().anyMatch(event -> current.completedBy.contains(event.getClass()));
            // the State Corporation hands the result out when the applicant comes for it: not collecting is no one's delay
            if (!done && current != Work.ISSUE) {
                running.add(new Watched(step.number(), step.startsAt(), step.dueAt()));
            }
        }
        return running;
    }

    /** The kind of work a step by this role does, following the kind of the step before it. */
    private static Work next(Work before, Role role) {
        return switch (role) {
            case APPLICANT, SYSTEM -> before;
            case HEAD -> before == Work.INTAKE ? Work.RESOLUTION : Work.DECISION;
            case EXECUTOR -> Work.DECISION;
            case INTAKE_OFFICER -> before == Work.INTAKE ? Work.INTAKE : Work.HANDING_OUT;
            case STATE_CORPORATION_OPERATOR -> before == Work.INTAKE ? Work.INTAKE : Work.ISSUE;
        };
    }

    /**
     * The warnings a running deadline calls for at {@code now} that the history does not hold yet: overdue once
     * it has passed, at risk while less than {@code atRiskShare} of its term is left (not raised any more once
     * overdue).
     */
    static List<Class<? extends RequestEvent.DeadlineWarning>> due(Watched watched, Instant now, double atRiskShare,
                                                                  List<RequestEvent> history) {
        List<Class<? extends RequestEvent.DeadlineWarning>> due = new ArrayList<>();
        if (now.isAfter(watched.dueAt())) {
            if (!raised(history, RequestEvent.DeadlineOverdue.class, watched)) {
                due.add(RequestEvent.DeadlineOverdue.class);
            }
            return due;
        }
        Duration term = Duration.between(watched.startsAt(), watched.dueAt());
        Duration left = Duration.between(now, watched.dueAt());
        if (left.toSeconds() < term.toSeconds() * atRiskShare && !raised(history, RequestEvent.DeadlineAtRisk.class, watched)) {
            due.add(RequestEvent.DeadlineAtRisk.class);
        }
        return due;
    }

    private static boolean raised(List<RequestEvent> history, Class<? extends RequestEvent.DeadlineWarning> kind, Watched watched) {
        return history.stream().filter(kind::isInstance).map(RequestEvent.DeadlineWarning.class::cast)
                .anyMatch(w -> java.util.Objects.equals(w.step(), watched.step()) && w.dueAt().equals(watched.dueAt()));
    }
}
