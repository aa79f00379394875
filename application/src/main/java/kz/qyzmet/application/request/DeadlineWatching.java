package kz.qyzmet.application.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.application.request.port.in.WatchDeadlinesUseCase;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deadline watch, run by the system: reads, page by page, only the open requests it has to change now (those
 * whose stored next-watch instant, {@link ServiceRequest#nextWatch}, has come, and those whose instant was computed
 * with another at-risk share), lets each raise the warnings its deadlines call for, returns uncollected results from
 * the State Corporation to the provider once the month of storage is over, and stores each change with optimistic
 * concurrency, which stores the request's next instant too. A request it read and did not change (its instant was
 * computed with another share) is stored again with its instant for this share, so that it is not read again before
 * its time. A request changed by someone else meanwhile is left for the next run; one that cannot be handled is
 * logged and skipped, so it never stops the watch.
 */
public final class DeadlineWatching implements WatchDeadlinesUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatching.class);
    static final int PAGE = 200;

    private final RequestDesk desk;
    private final AtRiskShare atRiskShare;
    private final Actor system = Actor.system("deadline-watch");

    DeadlineWatching(RequestDesk desk, AtRiskShare atRiskShare) {
        this.desk = desk;
        this.atRiskShare = Objects.requireNonNull(atRiskShare, "atRiskShare: required");
    }

    @Override
    public WatchReport watch() {
        Instant now = desk.now();
        int checked = 0;
        int atRisk = 0;
        int overdue = 0;
        int returned = 0;
        int deferred = 0;
        RequestId after = null;
        List<ServiceRequest> page;
        do {
            page = desk.repository.findDueForWatch(now, atRiskShare, after, PAGE);
            for (ServiceRequest request : page) {
                checked++;
                int before = request.revision();
                try {
                    List<RequestEvent.DeadlineWarning> raised = request.watchDeadlines(system, now, atRiskShare);
                    boolean returning = request.status() == RequestStatus.AT_STATE_CORPORATION
                            && request.storage().map(storage -> storage.isOver(now)).orElse(false);
                    if (returning) {
                        request.returnToProvider(system, now);
                    }
                    if (request.revision() != before) {
                        desk.save(request, before);
                        atRisk += (int) raised.stream().filter(RequestEvent.DeadlineAtRisk.class::isInstance).count();
                        overdue += (int) raised.stream().filter(RequestEvent.DeadlineOverdue.class::isInstance).count();
                        returned += returning ? 1 : 0;
                    } else {
                        desk.repository.update(request, before, atRiskShare);
                    }
                } catch (ConcurrentUpdateException e) {
                    deferred++;
                } catch (RuntimeException e) {
                    LOG.warn("Deadline watch skipped request {}: {}", request.id(), e.toString());
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        if (atRisk + overdue + returned + deferred > 0) {
            LOG.info("Deadline watch: {} open requests, {} at risk, {} overdue, {} returned to the provider, {} left for the next run",
                    checked, atRisk, overdue, returned, deferred);
        }
        return new WatchReport(checked, atRisk, overdue, returned, deferred);
    }
}
