package kz.qyzmet.application.request.port.out;

import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * Port out: where service requests are kept. Implementations must store a request and its history
 * together, save a change only if the stored revision is still the one the change started from, and keep
 * each idempotency key with the request it created.
 */
public interface RequestRepository {

    Optional<ServiceRequest> find(RequestId id);

    /**
     * Stores a new request, and its idempotency key where one was given.
     *
     * @throws kz.qyzmet.application.request.IdempotencyConflictException if the account already used the key (keys are
     *         unique per account, not across accounts)
     */
    void add(ServiceRequest request, IdempotencyRecord idempotency);

    /**
     * Stores new requests, each as {@link #add} would and each on its own: one that fails (a key already taken) is
     * not stored and fails alone, the others are stored. A store may commit them together; this default stores them
     * one after the other.
     *
     * @return one entry a request, in order: empty where it is stored, the failure {@link #add} would have thrown where
     *         it is not
     */
    default List<Optional<RuntimeException>> addEach(List<NewRequest> requests) {
        List<Optional<RuntimeException>> outcomes = new java.util.ArrayList<>(requests.size());
        for (NewRequest request : requests) {
            try {
                add(request.request(), request.idempotency());
                outcomes.add(Optional.empty());
            } catch (RuntimeException e) {
                outcomes.add(Optional.of(e));
            }
        }
        return outcomes;
    }

    /**
     * Stores a changed request if its stored revision is still {@code expectedRevision}.
     *
     * @throws kz.qyzmet.application.request.ConcurrentUpdateException if another change came first
     */
    void update(ServiceRequest request, int expectedRevision);

    /** The request an account's idempotency key created, if any; another account's use of the same key is not seen. */
    Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key);

    /** The requests matching a worklist's criteria, ordered by their deadline (earliest first, none last). */
    List<ServiceRequest> find(WorklistCriteria criteria);

    /** The requests a monthly report of the criteria's period reads, by time received (then id). */
    List<ServiceRequest> find(ReportCriteria criteria);

    /**
     * Open requests (not in a terminal state) that have a deadline, ordered by id (as text), for the deadline watch to
     * walk through all of them page by page.
     *
     * @param after only requests whose id comes after this one (ids compared as their text, as UUIDs sort in SQL), or null to start
     * @param limit how many at most
     */
    List<ServiceRequest> findOpenWithDeadline(RequestId after, int limit);
}
