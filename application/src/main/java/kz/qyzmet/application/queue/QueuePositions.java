package kz.qyzmet.application.queue;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.application.queue.port.in.QueuePosition;
import kz.qyzmet.application.queue.port.in.QueuePositionUseCase;
import kz.qyzmet.application.request.RequestServices;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.ShowRequestUseCase;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.queue.PreschoolQueue;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * Positions in the pre-school queue (403001): a provider's accepted queue applications, neither refused nor
 * withdrawn, in the order of {@link PreschoolQueue}. Whoever may see the application (its applicant, the
 * provider's staff, the portal) may see its position; for anybody else it is not found.
 */
public final class QueuePositions implements QueuePositionUseCase {

    /** The service of the pre-school queue in the catalog. */
    public static final String SERVICE = "preschool-queue";
    /** The states of applications in the queue. */
    static final Set<RequestStatus> IN_QUEUE = RequestStatus.standing();
    static final int LIMIT = 100_000;

    private final ShowRequestUseCase show;
    private final RequestRepository repository;

    public QueuePositions(ShowRequestUseCase show, RequestRepository repository) {
        this.show = Objects.requireNonNull(show, "show: required");
        this.repository = Objects.requireNonNull(repository, "repository: required");
    }

    @Override
    public QueuePosition position(ShowRequestQuery query) {
        var view = show.show(query);
        if (!view.service().value().equals(SERVICE) || !IN_QUEUE.contains(view.status())) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("requestId", "in-queue",
                    "is not an accepted application to the pre-school queue (" + view.service().value() + ", " + view.status() + ")")));
        }
        List<PreschoolQueue.Place> queue = PreschoolQueue.order(repository.find(new WorklistCriteria(view.provider(), null, null, IN_QUEUE,
                        null, null, RequestServices.DEFAULT_AT_RISK_SHARE, false, 0, LIMIT)).stream()
                .filter(request -> request.submission().service().value().equals(SERVICE))
                .map(PreschoolQueue::placeOf).toList());
        for (int i = 0; i < queue.size(); i++) {
            ServiceRequest request = queue.get(i).request();
            if (request.id().equals(view.id())) {
                return new QueuePosition(view.id().value(), i + 1, queue.size(), queue.get(i).priority());
            }
        }
        throw new IllegalStateException("request " + view.id() + " is in the queue's states but not in its provider's queue");
    }
}
