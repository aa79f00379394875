package kz.qyzmet.domain.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.StepDeadline;

/**
 * Which deadlines of a request are still running, and which warnings they call for at a moment. The overall
 * term runs from acceptance until the result is ready or refused; a step of the regulation's procedure runs
 * until an event that completes its {@link Stage}. The State Corporation's issue to the applicant is not watched: it
 * waits for the applicant to come, and a result not collected is stored a month, then returned. Each warning is raised once:
 * the history says which were raised already.
 */
final class DeadlineWatch {

    private static final Set<RequestStatus> TERM_RUNNING = Set.of(
            RequestStatus.ACCEPTED, RequestStatus.ASSIGNED, RequestStatus.IN_REVIEW, RequestStatus.APPROVED);

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
        List<Optional<Stage>> stages = Stage.of(request.steps().stream().map(StepDeadline::step).toList());
        for (int i = 0; i < stages.size(); i++) {
            StepDeadline step = request.steps().get(i);
            // the State Corporation hands the result out when the applicant comes for it: not collecting is no one's delay
            if (stages.get(i).filter(stage -> stage.watched() && !stage.completedIn(history)).isPresent()) {
                running.add(new Watched(step.number(), step.startsAt(), step.dueAt()));
            }
        }
        return running;
    }

    /**
     * The warnings a running deadline calls for at {@code now} that the history does not hold yet: overdue once
     * it has passed, at risk while less than {@code atRiskShare} of its term is left (not raised any more once
     * overdue).
     */
    static List<Class<? extends RequestEvent.DeadlineWarning>> due(Watched watched, Instant now, AtRiskShare atRiskShare,
                                                                  List<RequestEvent> history) {
        List<Class<? extends RequestEvent.DeadlineWarning>> due = new ArrayList<>();
        if (now.isAfter(watched.dueAt())) {
            if (!raised(history, RequestEvent.DeadlineOverdue.class, watched)) {
                due.add(RequestEvent.DeadlineOverdue.class);
            }
            return due;
        }
        if (atRiskShare.atRisk(watched.startsAt(), watched.dueAt(), now) && !raised(history, RequestEvent.DeadlineAtRisk.class, watched)) {
            due.add(RequestEvent.DeadlineAtRisk.class);
        }
        return due;
    }

    /**
     * The earliest moment at which the watch has something to do to the request: a running deadline's overdue warning
     * (the first instant past its due one) or at-risk warning ({@link AtRiskShare#atRiskFrom}) not raised yet, or the
     * end of the State Corporation's month of storage. Empty when nothing is left to watch, whatever the share: a
     * closed request, one without a deadline, or one whose running deadlines were all reported overdue.
     */
    static Optional<Instant> next(ServiceRequest request, AtRiskShare atRiskShare) {
        if (request.status().terminal() || request.deadline().isEmpty()) {
            return Optional.empty();
        }
        List<RequestEvent> history = request.history();
        Instant next = request.status() == RequestStatus.AT_STATE_CORPORATION ? request.keptUntil().orElse(null) : null;
        for (Watched watched : running(request)) {
            if (raised(history, RequestEvent.DeadlineOverdue.class, watched)) {
                continue;
            }
            next = earlier(next, watched.dueAt().plusNanos(1));
            if (!raised(history, RequestEvent.DeadlineAtRisk.class, watched)) {
                Optional<Instant> atRisk = atRiskShare.atRiskFrom(watched.startsAt(), watched.dueAt());
                if (atRisk.isPresent()) {
                    next = earlier(next, atRisk.get());
                }
            }
        }
        return Optional.ofNullable(next);
    }

    private static Instant earlier(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static boolean raised(List<RequestEvent> history, Class<? extends RequestEvent.DeadlineWarning> kind, Watched watched) {
        return history.stream().filter(kind::isInstance).map(RequestEvent.DeadlineWarning.class::cast)
                .anyMatch(w -> java.util.Objects.equals(w.step(), watched.step()) && w.dueAt().equals(watched.dueAt()));
    }
}
