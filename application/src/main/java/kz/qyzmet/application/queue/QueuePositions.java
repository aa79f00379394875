package kz.qyzmet.application.queue;

import java.util.List;
import java.util.Objects;
import kz.qyzmet.application.queue.port.in.QueuePosition;
import kz.qyzmet.application.queue.port.in.QueuePositionUseCase;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.ShowRequestUseCase;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.queue.PreschoolQueue;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * Positions in the pre-school queue (403001): a provider's accepted queue applications, neither refused,
 * withdrawn nor referred, in the order of {@link PreschoolQueue}. Whoever may see the application (its applicant, the
 * provider's staff, the portal) may see its position; for anybody else it is not found.
 */
public final class QueuePositions implements QueuePositionUseCase {

    private final ShowRequestUseCase show;
    private final Queues queues;

    public QueuePositions(ShowRequestUseCase show, RequestRepository repository) {
        this.show = Objects.requireNonNull(show, "show: required");
        this.queues = new Queues(repository);
    }

    @Override
    public QueuePosition position(ShowRequestQuery query) {
        var view = show.show(query);
        boolean referred = view.history().stream().anyMatch(kz.qyzmet.domain.request.RequestEvent.ReferralIssued.class::isInstance);
        if (!view.service().value().equals(Queues.SERVICE) || !RequestStatus.standing().contains(view.status()) || referred) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("requestId", "in-queue",
                    "is not an application standing in the pre-school queue (" + view.service().value() + ", " + view.status()
                            + (referred ? ", referred" : "") + ")")));
        }
        List<PreschoolQueue.Place> queue = queues.of(view.provider());
        for (int i = 0; i < queue.size(); i++) {
            ServiceRequest request = queue.get(i).request();
            if (request.id().equals(view.id())) {
                return new QueuePosition(view.id().value(), i + 1, queue.size(), queue.get(i).priority());
            }
        }
        throw new IllegalStateException("request " + view.id() + " is in the queue's states but not in its provider's queue");
    }
}
