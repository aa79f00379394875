package kz.qyzmet.application.queue;

import java.util.List;
import java.util.Objects;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.queue.PreschoolQueue;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;

/** Reads a provider's pre-school queue: its accepted queue applications, neither refused, withdrawn nor referred, in queue order. */
final class Queues {

    /** The service of the pre-school queue in the catalog. */
    static final String SERVICE = "preschool-queue";
    /** How many applications of a provider are looked at. */
    static final int LIMIT = 100_000;

    private final RequestRepository repository;

    Queues(RequestRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository: required");
    }

    List<PreschoolQueue.Place> of(ProviderId provider) {
        return PreschoolQueue.order(repository.find(WorklistCriteria.ofProvider(provider, RequestStatus.standing(), LIMIT)).stream()
                .filter(request -> request.submission().service().value().equals(SERVICE))
                .filter(request -> !request.referred())
                .map(PreschoolQueue::placeOf).toList());
    }
}
