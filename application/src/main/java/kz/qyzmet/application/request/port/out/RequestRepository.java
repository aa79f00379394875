package kz.qyzmet.application.request.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * Port out: where service requests are kept. Implementations must store a request and its history
 * together, save a change only if the stored revision is still the one the change started from, and keep
 * each idempotency key with the request it created.
 *
 * <p>The deadline watch asks only for the requests it has to change ({@link #findDueForWatch}). For that a store
 * keeps, with every add and update, the request's {@linkplain ServiceRequest#nextWatch next-watch instant} for the
 * at-risk share the writer passes (the deployment's, which the use cases hold), and the share it was computed with;
 * a request whose instant was computed with another share (or not at all, for rows stored before the store kept it)
 * is returned whatever its instant, so that an operator's change of the share loses no warning. Since issue 17 this
 * is a breaking change for implementers: {@code add} and {@code update} take the share, and
 * {@link #findDueForWatch} is new; {@code RequestRepositoryContract} checks both. {@link #addEach} and
 * {@link #updateEach} (a register handed in, a register accepted) have default implementations that store one request
 * after the other; override them to commit a register together.
 */
public interface RequestRepository {

    Optional<ServiceRequest> find(RequestId id);

    /**
     * The request for a change that starts from {@code revision} (a command that names the revision it acts on, as an
     * intake officer accepting what was just handed in does): what {@link #find(RequestId)} reads, or, where the store
     * knows what the request held at {@code revision} without reading it, that. The caller checks the revision of what
     * it gets, as it does after {@code find}; the store's answer is either the request at {@code revision} or the
     * request as {@code find} reads it, at whatever revision it stands, and empty only where {@code find} is.
     *
     * <p>A revision is written once: {@link #update} stores a change only from the revision it started from and ends
     * at a higher one, so what a request held at a revision never changes, and a store may keep it (the JDBC store
     * keeps what its own process committed last). If another writer has moved the request on since, the answer is the
     * request as it stood before that change, and saving a change made from it fails with
     * {@link kz.qyzmet.application.request.ConcurrentUpdateException}, exactly as when the other change lands between a
     * read and the save: no change is lost. A request handed out is a fresh one whatever the source (the aggregate is
     * mutable), never an instance the store keeps. This default reads.
     *
     * @param revision the revision the change starts from
     */
    default Optional<ServiceRequest> findAt(RequestId id, int revision) {
        return find(id);
    }

    /**
     * Stores a new request, and its idempotency key where one was given, with its next-watch instant for
     * {@code watchShare}.
     *
     * @throws kz.qyzmet.application.request.IdempotencyConflictException if the account already used the key (keys are
     *         unique per account, not across accounts)
     */
    void add(ServiceRequest request, IdempotencyRecord idempotency, AtRiskShare watchShare);

    /** {@link #add(ServiceRequest, IdempotencyRecord, AtRiskShare)} with the default share, for tools and tests. */
    default void add(ServiceRequest request, IdempotencyRecord idempotency) {
        add(request, idempotency, AtRiskShare.DEFAULT);
    }

    /**
     * Stores new requests, each as {@link #add} would and each on its own: one that fails (a key already taken) is
     * not stored and fails alone, the others are stored. A store may commit them together; this default stores them
     * one after the other.
     *
     * @param watchShare the deployment's at-risk share, as {@link #add} takes it
     * @return one entry a request, in order: empty where it is stored, the failure {@link #add} would have thrown where
     *         it is not
     */
    default List<Optional<RuntimeException>> addEach(List<NewRequest> requests, AtRiskShare watchShare) {
        return oneByOne(requests, request -> add(request.request(), request.idempotency(), watchShare));
    }

    /**
     * Stores a changed request if its stored revision is still {@code expectedRevision}, with its next-watch instant
     * for {@code watchShare}. A request without new events is stored again all the same (the watch does so to store
     * an instant computed with another share anew).
     *
     * @throws kz.qyzmet.application.request.ConcurrentUpdateException if another change came first
     */
    void update(ServiceRequest request, int expectedRevision, AtRiskShare watchShare);

    /**
     * Stores changed requests, each as {@link #update} would and each on its own: one whose stored revision moved (or
     * that is not stored) is not written and fails alone with the exception {@link #update} would have thrown, the
     * others are stored, each whole with its new events. A store may commit them together (the JDBC store writes a
     * register in one transaction of batched statements); this default stores them one after the other. An adapter
     * that overrides it must keep the guarantees of {@link #update} per request: optimistic locking row by row,
     * nothing half-stored, and a failure of the shared commit reported for every request it held.
     *
     * @param changes    the changes, in order; a request should appear once (a second change of one request from the
     *                   same revision fails as a concurrent change)
     * @param watchShare the deployment's at-risk share, as {@link #update} takes it
     * @return one entry a change, in order: empty where it is stored, the failure {@link #update} would have thrown
     *         where it is not
     */
    default List<Optional<RuntimeException>> updateEach(List<ChangedRequest> changes, AtRiskShare watchShare) {
        return oneByOne(changes, change -> update(change.request(), change.expectedRevision(), watchShare));
    }

    /** Stores each item with {@code store}, one after the other: empty where it is stored, its failure where not. */
    private static <T> List<Optional<RuntimeException>> oneByOne(List<T> items, Consumer<T> store) {
        List<Optional<RuntimeException>> outcomes = new ArrayList<>(items.size());
        for (T item : items) {
            try {
                store.accept(item);
                outcomes.add(Optional.empty());
            } catch (RuntimeException e) {
                outcomes.add(Optional.of(e));
            }
        }
        return outcomes;
    }

    /**
     * {@link #update(ServiceRequest, int, AtRiskShare)} with the default share, for callers that do not hold the
     * deployment's: a request stored so under another deployment share is read by the watch's next pass, which stores
     * its instant again with the right one.
     */
    default void update(ServiceRequest request, int expectedRevision) {
        update(request, expectedRevision, AtRiskShare.DEFAULT);
    }

    /** The request an account's idempotency key created, if any; another account's use of the same key is not seen. */
    Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key);

    /** The requests matching a worklist's criteria, ordered by their deadline (earliest first, none last). */
    List<ServiceRequest> find(WorklistCriteria criteria);

    /** The requests a monthly report of the criteria's period reads, by time received (then id). */
    List<ServiceRequest> find(ReportCriteria criteria);

    /**
     * The {@linkplain ReportFacts facts} of the requests {@link #find(ReportCriteria)} returns, in the same order: what
     * the monthly report counts. This default derives them from the whole requests, so an adapter that does not
     * override it is correct (and reads every history). A store that keeps each request's facts beside it — written
     * with every add and update, from {@link ReportFacts#of}, never computed otherwise — may read only those; it must
     * return exactly what {@code ReportFacts.of} gives for each request {@code find} would return
     * ({@code RequestRepositoryContract} checks it), deriving them from the whole request where it has none stored.
     */
    default List<ReportFacts> reportFacts(ReportCriteria criteria) {
        return find(criteria).stream().map(ReportFacts::of).toList();
    }

    /**
     * Open requests (not in a terminal state) that have a deadline, ordered by id (as text), for a walk through all
     * of them page by page (the deadline watch reads only {@link #findDueForWatch}; this is the walk it replaced, kept
     * for tools and for checking the selective one against it).
     *
     * @param after only requests whose id comes after this one (ids compared as their text, as UUIDs sort in SQL), or null to start
     * @param limit how many at most
     */
    List<ServiceRequest> findOpenWithDeadline(RequestId after, int limit);

    /**
     * The requests the deadline watch has to look at {@code now}, ordered by id (as text), page by page: every open
     * request with a deadline whose {@linkplain ServiceRequest#nextWatch next-watch instant} for {@code watchShare}
     * is at or before {@code now}, compared in whole epoch seconds (a store may keep the instant to the second it
     * falls in), and every one stored with another share or before the store kept the instant. None whose instant
     * for the share it was stored with is later, nor any without one (closed, without a deadline, or reported
     * overdue on every running deadline).
     *
     * @param after only requests whose id comes after this one (ids compared as their text), or null to start
     * @param limit how many at most
     */
    List<ServiceRequest> findDueForWatch(Instant now, AtRiskShare watchShare, RequestId after, int limit);
}
