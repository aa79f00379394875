package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.port.out.ChangedRequest;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.NewRequest;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RequestRepository} keeps, for Qyzmet's own stores and for third-party adapters:
 * extend this class in your test sources, return a fresh, empty repository from {@link #repository()}, and run
 * it in your CI. It ships in the {@code qyzmet-storage-contract} artifact, which brings JUnit Jupiter and AssertJ.
 *
 * <h2>The storage rules</h2>
 * <ol>
 *   <li><b>The aggregate is mutable; the store is not a cache of it.</b> A {@link ServiceRequest} changes in
 *       place when a use case acts on it. A store therefore never hands out or keeps the instance it was given:
 *       it keeps the request's {@linkplain ServiceRequest#submission() submission} and its
 *       {@linkplain ServiceRequest#history() history} (the events, in order) and rebuilds a fresh aggregate on
 *       every read with {@link ServiceRequest#restore(RequestId, kz.qyzmet.domain.request.Submission, List)}.
 *       Status, deadline, executor and revision all follow from the history; columns kept for queries are
 *       copies of it, written in the same transaction.</li>
 *   <li><b>Request and history are written together.</b> {@code add} and {@code update} store the whole
 *       history or nothing; no reader ever sees a request without the events that made it.</li>
 *   <li><b>Optimistic concurrency.</b> {@code update(request, expectedRevision)} stores the change only if the
 *       stored revision (the length of the stored history) is still {@code expectedRevision}; otherwise it throws
 *       {@link ConcurrentUpdateException} and writes nothing. Of two racing changes from one revision exactly
 *       one wins. Changes stored together ({@code updateEach}) are each checked against their own revision: a
 *       stale one (or one of a request not stored) fails alone and writes nothing, the others are stored whole.
 *       {@code findAt(id, revision)}, for a change that names its revision, gives the request {@code find} reads or
 *       what the store held at that revision (a revision is written once), always a fresh instance; a change made
 *       from it after another writer moved the request on fails as above, never overwriting the other change.</li>
 *   <li><b>Idempotent submission.</b> An idempotency key is stored with the request it created, in the same
 *       write; a second request with a taken key throws {@link IdempotencyConflictException} and is not stored.
 *       Requests added together ({@code addEach}) keep every rule each on its own: one whose key is taken fails alone.</li>
 *   <li><b>Worklists count only what is still open.</b> The overdue and at-risk filters of
 *       {@link WorklistCriteria} select requests that are not finished ({@link RequestStatus#terminal()}:
 *       refused at intake, refused, issued or withdrawn): a withdrawn request past its deadline is not overdue.
 *       Worklists are ordered by deadline, earliest first, requests without one last, then paged.</li>
 *   <li><b>The deadline watch</b> reads, by id as text, page by page, the open requests with a deadline whose
 *       {@linkplain ServiceRequest#nextWatch next-watch instant} has come ({@code findDueForWatch}): for requests
 *       stored with the share it asks with, exactly those (compared in whole seconds); requests stored with another
 *       share come whatever their instant, so that none is missed. {@code add} and {@code update} therefore keep the
 *       instant for the share they are given (or compute it when asked, as the in-memory store does), and an
 *       {@code update} without new events stores it anew. {@code findOpenWithDeadline} still walks every open request
 *       that has a deadline.</li>
 *   <li><b>Reports</b> read a provider's requests received in the period or not closed before it, by time received;
 *       {@code reportFacts} gives exactly {@code ReportFacts.of} of each of them, in the same order, as the requests
 *       stand after every add, update and {@code addEach}.</li>
 * </ol>
 */
public abstract class RequestRepositoryContract {

    /** A fresh, empty repository for one test. */
    protected abstract RequestRepository repository();

    private static Instant almaty(int month, int day, int hour) {
        return ZonedDateTime.of(2025, month, day, hour, 0, 0, 0, StoredRequests.ALMATY).toInstant();
    }

    @Test
    void storesARequestWithItsHistoryAndGivesItBackWhole() {
        RequestRepository repository = repository();
        ServiceRequest request = StoredRequests.accepted(Channel.STATE_CORPORATION, almaty(3, 20, 10), "school-1");
        repository.add(request, null);
        ServiceRequest found = repository.find(request.id()).orElseThrow();
        assertThat(found.submission()).isEqualTo(request.submission());
        assertThat(found.history()).isEqualTo(request.history());
        assertThat(found.deadline()).isEqualTo(request.deadline());
        assertThat(found.steps()).isEqualTo(request.steps());
        assertThat(found.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(found.revision()).isEqualTo(2);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThat(repository().find(new RequestId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aChangeAppendsToTheHistory() {
        RequestRepository repository = repository();
        ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(request, null);
        ServiceRequest loaded = repository.find(request.id()).orElseThrow();
        loaded.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher"));
        repository.update(loaded, 2);
        ServiceRequest again = repository.find(request.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(again.executor()).contains(UserId.of("teacher"));
        assertThat(again.history()).hasSize(3).startsWith(request.history().toArray(new kz.qyzmet.domain.request.RequestEvent[0]));
    }

    @Test
    void aChangeFromAStaleRevisionIsRefusedAndNothingIsWritten() {
        RequestRepository repository = repository();
        ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(request, null);
        ServiceRequest first = repository.find(request.id()).orElseThrow();
        ServiceRequest second = repository.find(request.id()).orElseThrow();
        first.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher"));
        repository.update(first, 2);
        second.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("other-teacher"));
        assertThatThrownBy(() -> repository.update(second, 2)).isInstanceOf(ConcurrentUpdateException.class);
        ServiceRequest stored = repository.find(request.id()).orElseThrow();
        assertThat(stored.executor()).contains(UserId.of("teacher"));
        assertThat(stored.revision()).isEqualTo(3);
    }

    /** A request accepted at the provider's office (revision 2), added to the repository. */
    private static ServiceRequest acceptedAtRevisionTwo(RequestRepository repository) {
        ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(request, null);
        return request;
    }

    @Test
    void aChangeThatNamesItsRevisionGetsTheRequestAtItFreshEachTime() {
        RequestRepository repository = repository();
        ServiceRequest request = acceptedAtRevisionTwo(repository);
        ServiceRequest found = repository.findAt(request.id(), 2).orElseThrow();
        assertThat(found.revision()).isEqualTo(2);
        assertThat(found.submission()).isEqualTo(request.submission());
        assertThat(found.history()).isEqualTo(request.history());
        assertThat(found.deadline()).isEqualTo(request.deadline());
        found.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher"));
        ServiceRequest again = repository.findAt(request.id(), 2).orElseThrow();
        assertThat(again).as("a fresh request, not the one changed in place").isNotSameAs(found);
        assertThat(again.revision()).as("the change in place, not saved, is in neither the store nor its next answer").isEqualTo(2);
        assertThat(again.status()).isEqualTo(RequestStatus.ACCEPTED);

        repository.update(found, 2);
        assertThat(repository.find(request.id()).orElseThrow().executor()).contains(UserId.of("teacher"));
        assertThat(repository.findAt(new RequestId(UUID.randomUUID()), 1)).as("an unknown request").isEmpty();
    }

    @Test
    void atAnotherRevisionTheRequestIsTheStoredOneOrItsStateAtThatRevision() {
        RequestRepository repository = repository();
        ServiceRequest request = acceptedAtRevisionTwo(repository);
        ServiceRequest loaded = repository.findAt(request.id(), 2).orElseThrow();
        loaded.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher"));
        repository.update(loaded, 2);
        ServiceRequest current = repository.find(request.id()).orElseThrow();
        for (int revision : new int[] {1, 2, 3, 7}) {
            ServiceRequest found = repository.findAt(request.id(), revision).orElseThrow();
            assertThat(found.revision()).as("asked at %d: the stored request or the one at %d", revision, revision)
                    .isIn(current.revision(), revision);
            assertThat(found.history()).as("asked at %d: what the store held at the revision it gives", revision)
                    .isEqualTo(current.history().subList(0, found.revision()));
        }
    }

    @Test
    void aChangeFromTheRequestAtItsRevisionFailsIfAnotherWriterMovedItFirst() {
        RequestRepository repository = repository();
        ServiceRequest request = acceptedAtRevisionTwo(repository);
        ServiceRequest mine = repository.findAt(request.id(), 2).orElseThrow();
        ServiceRequest theirs = repository.find(request.id()).orElseThrow();
        theirs.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("other-teacher"));
        repository.update(theirs, 2);

        mine.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher"));
        assertThatThrownBy(() -> repository.update(mine, 2)).isInstanceOf(ConcurrentUpdateException.class);
        Optional<ServiceRequest> atTwo = repository.findAt(request.id(), 2);
        if (atTwo.orElseThrow().revision() == 2) {
            ServiceRequest late = atTwo.get();
            late.assign(StoredRequests.HEAD, almaty(3, 20, 12), UserId.of("late-teacher"));
            assertThatThrownBy(() -> repository.update(late, 2)).as("a later change from revision 2 is stale too")
                    .isInstanceOf(ConcurrentUpdateException.class);
        }
        ServiceRequest stored = repository.find(request.id()).orElseThrow();
        assertThat(stored.executor()).as("no lost update").contains(UserId.of("other-teacher"));
        assertThat(stored.history()).isEqualTo(theirs.history());
    }

    @Test
    void ofTwoConflictingChangesFromTwoThreadsExactlyOneWins() throws Exception {
        RequestRepository repository = repository();
        ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(request, null);
        for (int round = 0; round < 10; round++) {
            ServiceRequest a = repository.find(request.id()).orElseThrow();
            ServiceRequest b = repository.find(request.id()).orElseThrow();
            int revision = a.revision();
            if (round == 0) {
                a.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher-a"));
                b.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher-b"));
            } else {
                a.withdraw(kz.qyzmet.domain.request.Actor.applicant(UserId.of("a"), StoredRequests.APPLICANT), almaty(3, 21, 9));
                b.withdraw(kz.qyzmet.domain.request.Actor.applicant(UserId.of("b"), StoredRequests.APPLICANT), almaty(3, 21, 9));
            }
            List<Boolean> won = race(() -> tryUpdate(repository, a, revision), () -> tryUpdate(repository, b, revision));
            assertThat(won).containsExactlyInAnyOrder(true, false);
            assertThat(repository.find(request.id()).orElseThrow().revision()).isEqualTo(revision + 1);
            if (round > 0) {
                break;
            }
        }
    }

    @Test
    void changesStoredTogetherAreEachCheckedAgainstTheirOwnRevision() {
        RequestRepository repository = repository();
        List<ServiceRequest> register = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
            repository.add(request, null);
            register.add(request);
        }
        List<ChangedRequest> changes = new ArrayList<>();
        for (ServiceRequest request : register) {
            ServiceRequest loaded = repository.find(request.id()).orElseThrow();
            loaded.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher"));
            changes.add(new ChangedRequest(loaded, 2));
        }
        // another writer changes the middle request after it was read: its change in the register is stale
        ServiceRequest meanwhile = repository.find(register.get(2).id()).orElseThrow();
        meanwhile.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("other-teacher"));
        repository.update(meanwhile, 2);
        // and a request that was never stored
        ServiceRequest neverStored = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        neverStored.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher"));
        changes.add(new ChangedRequest(neverStored, 2));

        List<Optional<RuntimeException>> failures = repository.updateEach(changes, AtRiskShare.DEFAULT);

        assertThat(failures).hasSize(6);
        assertThat(failures.get(2)).as("the stale change fails alone, as update would").containsInstanceOf(ConcurrentUpdateException.class);
        assertThat(failures.get(5)).as("a request that is not stored fails alone").isPresent();
        assertThat(repository.find(neverStored.id())).as("and is not stored by the attempt").isEmpty();
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(failures.get(i)).as("change %d stored", i).isEmpty();
            ServiceRequest stored = repository.find(register.get(i).id()).orElseThrow();
            assertThat(stored.history()).as("change %d stored whole", i).isEqualTo(changes.get(i).request().history());
            assertThat(stored.executor()).contains(UserId.of("teacher"));
        }
        ServiceRequest other = repository.find(register.get(2).id()).orElseThrow();
        assertThat(other.history()).as("nothing of the stale change is written").isEqualTo(meanwhile.history());
        assertThat(other.executor()).contains(UserId.of("other-teacher"));
    }

    @Test
    void ofTwoRegistersChangingTheSameRequestsAtOnceEachRequestTakesExactlyOneChange() throws Exception {
        RequestRepository repository = repository();
        List<ServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
            repository.add(request, null);
            requests.add(request);
        }
        List<ChangedRequest> byA = new ArrayList<>();
        List<ChangedRequest> byB = new ArrayList<>();
        for (ServiceRequest request : requests) {
            ServiceRequest a = repository.find(request.id()).orElseThrow();
            a.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher-a"));
            byA.add(new ChangedRequest(a, 2));
            ServiceRequest b = repository.find(request.id()).orElseThrow();
            b.assign(StoredRequests.HEAD, almaty(3, 20, 11), UserId.of("teacher-b"));
            byB.add(new ChangedRequest(b, 2));
        }
        // the second register names the requests in the other order, as two officers' registers may
        List<ChangedRequest> byBReversed = new ArrayList<>(byB);
        java.util.Collections.reverse(byBReversed);
        List<List<Optional<RuntimeException>>> outcomes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Optional<RuntimeException>>>> results = new ArrayList<>();
            for (List<ChangedRequest> register : List.of(byA, byBReversed)) {
                results.add(threads.submit(() -> {
                    start.await();
                    return repository.updateEach(register, AtRiskShare.DEFAULT);
                }));
            }
            start.countDown();
            for (Future<List<Optional<RuntimeException>>> result : results) {
                outcomes.add(result.get());
            }
        } finally {
            threads.shutdownNow();
        }
        List<Optional<RuntimeException>> outcomesOfB = new ArrayList<>(outcomes.get(1));
        java.util.Collections.reverse(outcomesOfB);
        for (int i = 0; i < requests.size(); i++) {
            boolean aWon = outcomes.get(0).get(i).isEmpty();
            boolean bWon = outcomesOfB.get(i).isEmpty();
            assertThat(aWon ^ bWon).as("request %d: exactly one register's change is stored", i).isTrue();
            Optional<RuntimeException> lost = aWon ? outcomesOfB.get(i) : outcomes.get(0).get(i);
            assertThat(lost).as("request %d: the other fails as a concurrent change", i).containsInstanceOf(ConcurrentUpdateException.class);
            ServiceRequest stored = repository.find(requests.get(i).id()).orElseThrow();
            assertThat(stored.revision()).isEqualTo(3);
            assertThat(stored.history()).isEqualTo((aWon ? byA.get(i) : byB.get(i)).request().history());
        }
    }

    @Test
    void anIdempotencyKeyIsTakenOnce() {
        RequestRepository repository = repository();
        ServiceRequest first = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest second = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(first, new IdempotencyRecord("clerk", "key-00000001", first.id(), "f".repeat(64)));
        assertThatThrownBy(() -> repository.add(second, new IdempotencyRecord("clerk", "key-00000001", second.id(), "f".repeat(64))))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(repository.find(second.id())).as("nothing of the refused request is stored").isEmpty();
        assertThat(repository.findByIdempotencyKey("clerk", "key-00000001")).hasValueSatisfying(record -> {
            assertThat(record.request()).isEqualTo(first.id());
            assertThat(record.fingerprint()).isEqualTo("f".repeat(64));
        });
        assertThat(repository.findByIdempotencyKey("clerk", "key-unknown")).isEmpty();
    }

    @Test
    void requestsAddedTogetherAreEachStoredOrFailAlone() {
        RequestRepository repository = repository();
        ServiceRequest earlier = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(earlier, new IdempotencyRecord("clerk", "key-register-earlier", earlier.id(), "e".repeat(64)));
        List<ServiceRequest> register = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            register.add(StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1"));
        }
        List<NewRequest> added = new ArrayList<>();
        for (int i = 0; i < register.size(); i++) {
            ServiceRequest request = register.get(i);
            // the second reuses a key stored before, the fourth the third's key: those two fail, the rest are stored
            String key = i == 1 ? "key-register-earlier" : i == 3 ? "key-register-2" : i == 4 ? null : "key-register-" + i;
            added.add(new NewRequest(request, key == null ? null : new IdempotencyRecord("clerk", key, request.id(), "f".repeat(64))));
        }

        List<Optional<RuntimeException>> failures = repository.addEach(added, AtRiskShare.DEFAULT);

        assertThat(failures).hasSize(5);
        assertThat(failures.get(1)).containsInstanceOf(IdempotencyConflictException.class);
        assertThat(failures.get(3)).containsInstanceOf(IdempotencyConflictException.class);
        for (int i : new int[] {0, 2, 4}) {
            assertThat(failures.get(i)).as("request %d stored", i).isEmpty();
            ServiceRequest stored = repository.find(register.get(i).id()).orElseThrow();
            assertThat(stored.history()).as("request %d with its history", i).isEqualTo(register.get(i).history());
        }
        assertThat(repository.find(register.get(1).id())).as("nothing of a refused request is stored").isEmpty();
        assertThat(repository.find(register.get(3).id())).as("nothing of a refused request is stored").isEmpty();
        assertThat(repository.findByIdempotencyKey("clerk", "key-register-earlier").orElseThrow().request()).isEqualTo(earlier.id());
        assertThat(repository.findByIdempotencyKey("clerk", "key-register-2").orElseThrow().request()).isEqualTo(register.get(2).id());
    }

    @Test
    void anIdempotencyKeyBelongsToItsAccount() {
        RequestRepository repository = repository();
        ServiceRequest bySchool1 = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest bySchool2 = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-2");
        repository.add(bySchool1, new IdempotencyRecord("clerk", "key-shared-1", bySchool1.id(), "a".repeat(64)));
        repository.add(bySchool2, new IdempotencyRecord("clerk2", "key-shared-1", bySchool2.id(), "b".repeat(64)));
        assertThat(repository.find(bySchool2.id())).as("another account's use of the key blocks nothing").isPresent();
        assertThat(repository.findByIdempotencyKey("clerk", "key-shared-1").orElseThrow().request()).isEqualTo(bySchool1.id());
        assertThat(repository.findByIdempotencyKey("clerk2", "key-shared-1").orElseThrow().request()).isEqualTo(bySchool2.id());
        assertThat(repository.findByIdempotencyKey("operator", "key-shared-1")).as("nobody else sees the key").isEmpty();
    }

    @Test
    void concurrentSubmissionsWithOneKeyStoreOneRequest() throws Exception {
        RequestRepository repository = repository();
        ServiceRequest a = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest b = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        List<Boolean> stored = race(
                () -> tryAdd(repository, a, new IdempotencyRecord("clerk", "key-concurrent", a.id(), "0".repeat(64))),
                () -> tryAdd(repository, b, new IdempotencyRecord("clerk", "key-concurrent", b.id(), "0".repeat(64))));
        assertThat(stored).containsExactlyInAnyOrder(true, false);
        assertThat(repository.find(a.id()).isPresent() ^ repository.find(b.id()).isPresent()).isTrue();
    }

    @Test
    void worklistsFilterByTenantStatusOverdueAndRisk() {
        RequestRepository repository = repository();
        ServiceRequest early = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest late = StoredRequests.accepted(Channel.STATE_CORPORATION, almaty(4, 14, 10), "school-1");
        ServiceRequest elsewhere = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-2");
        ServiceRequest waiting = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        for (ServiceRequest request : List.of(early, late, elsewhere, waiting)) {
            repository.add(request, null);
        }
        assertThat(ids(repository.find(criteria(kz.qyzmet.domain.request.ProviderId.of("school-1"), null, null, Set.of(), null, null, false))))
                .containsExactly(early.id(), late.id(), waiting.id());
        assertThat(ids(repository.find(criteria(null, null, null, Set.of(), null, null, true)))).containsExactly(late.id());
        assertThat(ids(repository.find(criteria(null, StoredRequests.REPRESENTATIVE, null, Set.of(RequestStatus.SUBMITTED), null, null, false))))
                .containsExactly(waiting.id());
        Instant afterEarlyDue = early.deadline().orElseThrow().dueAt().plusSeconds(60);
        assertThat(ids(repository.find(criteria(null, null, null, Set.of(), afterEarlyDue, null, false))))
                .containsExactlyInAnyOrder(early.id(), elsewhere.id());
        Instant nearLateDue = late.deadline().orElseThrow().dueAt().minusSeconds(3600);
        assertThat(ids(repository.find(criteria(null, null, null, Set.of(), null, nearLateDue, false)))).containsExactly(late.id());
        assertThat(ids(repository.find(new WorklistCriteria(null, null, null, Set.of(), null, null, null, false, 1, 2))))
                .as("paging, earliest deadline first").hasSize(2).doesNotContain(waiting.id());
    }

    /**
     * The store filters "at risk" by {@link AtRiskShare}'s inequality to the second: a request whose left time is
     * exactly the share of its term is not at risk yet, one second later it is, on its due second it still is,
     * one second after it it is overdue instead.
     */
    @Test
    void atRiskStartsTheSecondLessThanTheShareIsLeftAndEndsWhenTheTermHasPassed() {
        RequestRepository repository = repository();
        ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(request, null);
        Instant start = request.deadline().orElseThrow().acceptance().acceptedAt();
        Instant due = request.deadline().orElseThrow().dueAt();
        long term = due.getEpochSecond() - start.getEpochSecond();
        AtRiskShare share = new AtRiskShare(250);
        // the fewest whole seconds left that are not less than a quarter of the term
        Instant boundary = due.minusSeconds(Math.floorDiv(share.perMille() * term + 999, 1000));
        for (Instant now : List.of(boundary, boundary.plusSeconds(1), due, due.plusSeconds(1))) {
            boolean expected = share.atRisk(start, due, now);
            WorklistCriteria atRisk = new WorklistCriteria(null, null, null, Set.of(), null, now, share, false, 0, 100);
            assertThat(ids(repository.find(atRisk))).as("at risk at " + now + ": " + expected)
                    .isEqualTo(expected ? List.of(request.id()) : List.of());
        }
        assertThat(List.of(boundary, boundary.plusSeconds(1), due, due.plusSeconds(1)))
                .extracting(now -> share.atRisk(start, due, now)).containsExactly(false, true, true, false);
    }

    @Test
    void aFinishedRequestIsNeitherOverdueNorAtRisk() {
        RequestRepository repository = repository();
        ServiceRequest open = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest withdrawn = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        repository.add(open, null);
        repository.add(withdrawn, null);
        ServiceRequest loaded = repository.find(withdrawn.id()).orElseThrow();
        int loadedRevision = loaded.revision();
        loaded.withdraw(kz.qyzmet.domain.request.Actor.applicant(UserId.of("applicant"), StoredRequests.APPLICANT), almaty(3, 21, 9));
        repository.update(loaded, loadedRevision);
        assertThat(repository.find(withdrawn.id()).orElseThrow().status()).isEqualTo(RequestStatus.WITHDRAWN);

        Instant pastDue = open.deadline().orElseThrow().dueAt().plusSeconds(60);
        assertThat(ids(repository.find(criteria(null, null, null, Set.of(), pastDue, null, false))))
                .as("a withdrawn request past its deadline is not overdue").containsExactly(open.id());
        Instant nearDue = open.deadline().orElseThrow().dueAt().minusSeconds(3600);
        assertThat(ids(repository.find(criteria(null, null, null, Set.of(), null, nearDue, false))))
                .as("nor at risk").containsExactly(open.id());
        assertThat(ids(repository.find(criteria(null, null, null, Set.of(RequestStatus.WITHDRAWN), null, null, false))))
                .as("it is still listed by its state").containsExactly(withdrawn.id());
    }

    @Test
    void aMonthlyReportReadsTheProvidersRequestsTheMonthCanCount() {
        RequestRepository repository = repository();
        ServiceRequest openFromMarch = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest closedInMarch = StoredRequests.refusedAtIntake(almaty(3, 21, 10));
        ServiceRequest closedInApril = StoredRequests.submitted(Channel.STATE_CORPORATION, almaty(3, 31, 10), "school-1");
        closedInApril.refuseIntake(StoredRequests.OPERATOR, almaty(4, 1, 10),
                List.of(new kz.qyzmet.domain.request.IntakeRefusalReason.NoPersonalDataConsent()));
        ServiceRequest receivedInApril = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(4, 14, 10), "school-1");
        ServiceRequest receivedInMay = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(5, 5, 10), "school-1");
        ServiceRequest elsewhere = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(4, 14, 10), "school-2");
        for (ServiceRequest request : List.of(openFromMarch, closedInMarch, closedInApril, receivedInApril, receivedInMay, elsewhere)) {
            repository.add(request, null);
        }
        List<ServiceRequest> found = repository.find(new ReportCriteria(kz.qyzmet.domain.request.ProviderId.of("school-1"),
                almaty(4, 1, 0), almaty(5, 1, 0)));
        assertThat(ids(found)).as("received in the month, or not closed before it; by time received")
                .containsExactly(openFromMarch.id(), closedInApril.id(), receivedInApril.id());
        assertThat(found.get(1).history()).isEqualTo(closedInApril.history());
        assertThat(repository.find(new ReportCriteria(kz.qyzmet.domain.request.ProviderId.of("school-3"), almaty(4, 1, 0), almaty(5, 1, 0))))
                .isEmpty();
    }

    @Test
    void aMonthlyReportsFactsAreThoseOfTheRequestsItReadsAsTheyStandAfterEveryKindOfWrite() {
        RequestRepository repository = repository();
        ServiceRequest added = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1");
        ServiceRequest updated = StoredRequests.accepted(Channel.STATE_CORPORATION, almaty(3, 31, 10), "school-1");
        ServiceRequest refused = StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(4, 2, 10), "school-1");
        refused.refuseIntake(StoredRequests.OFFICER, almaty(4, 2, 11).plusNanos(123_456_789),
                List.of(new kz.qyzmet.domain.request.IntakeRefusalReason.NoPersonalDataConsent()));
        ServiceRequest together = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(4, 14, 10), "school-1");
        repository.add(added, null);
        repository.add(updated, null);
        repository.addEach(List.of(new NewRequest(refused, null), new NewRequest(together, null)), AtRiskShare.DEFAULT);
        int before = updated.revision();
        updated.assign(StoredRequests.HEAD, almaty(4, 3, 10), UserId.of("teacher"));
        repository.update(updated, before);
        // received at the same moment: ordered by id, as find orders them
        List<ServiceRequest> sameMoment = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sameMoment.add(StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(4, 20, 10), "school-1"));
        }
        sameMoment.forEach(request -> repository.add(request, null));

        ReportCriteria april = new ReportCriteria(kz.qyzmet.domain.request.ProviderId.of("school-1"), almaty(4, 1, 0), almaty(5, 1, 0));
        List<ReportFacts> facts = repository.reportFacts(april);

        assertThat(facts).as("the facts of the requests find gives, in its order")
                .isEqualTo(repository.find(april).stream().map(ReportFacts::of).toList());
        assertThat(facts.subList(0, 4)).as("as they stand after add, update and addEach")
                .isEqualTo(List.of(added, updated, refused, together).stream().map(ReportFacts::of).toList());
        assertThat(facts.subList(4, facts.size())).containsExactlyInAnyOrderElementsOf(sameMoment.stream().map(ReportFacts::of).toList());
        assertThat(facts.get(1).events()).extracting(ReportFacts.Event::to).endsWith(RequestStatus.ASSIGNED);
        assertThat(repository.reportFacts(new ReportCriteria(kz.qyzmet.domain.request.ProviderId.of("school-3"), almaty(4, 1, 0),
                almaty(5, 1, 0)))).isEmpty();
    }

    @Test
    void theDeadlineWatchWalksEveryOpenRequestWithADeadlinePageByPageAndItsWarningsAreStored() {
        RequestRepository repository = repository();
        List<RequestId> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ServiceRequest request = StoredRequests.accepted(i % 2 == 0 ? Channel.PROVIDER_OFFICE : Channel.STATE_CORPORATION,
                    almaty(3, 20 + i, 10), "school-" + (1 + i % 2));
            repository.add(request, null);
            open.add(request.id());
        }
        repository.add(StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1"), null);
        repository.add(StoredRequests.refusedAtIntake(almaty(3, 20, 10)), null);

        ServiceRequest watched = repository.find(open.get(0)).orElseThrow();
        Instant late = watched.deadline().orElseThrow().dueAt().plusSeconds(60);
        assertThat(watched.watchDeadlines(kz.qyzmet.domain.request.Actor.system("deadline-watch"), late, AtRiskShare.DEFAULT)).isNotEmpty();
        repository.update(watched, 2);
        assertThat(repository.find(watched.id()).orElseThrow().history()).as("the warnings round-trip")
                .isEqualTo(watched.history());

        List<RequestId> walked = new ArrayList<>();
        RequestId after = null;
        List<ServiceRequest> page;
        do {
            page = repository.findOpenWithDeadline(after, 2);
            assertThat(page.size()).isLessThanOrEqualTo(2);
            page.forEach(request -> walked.add(request.id()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (!page.isEmpty());
        assertThat(walked).as("every open request with a deadline once, none without").containsExactlyInAnyOrderElementsOf(open);
        assertThat(walked).isSortedAccordingTo(java.util.Comparator.comparing(id -> id.value().toString()));
    }

    @Test
    void theDeadlineWatchReadsExactlyTheRequestsWhoseNextWatchHasComeForTheShareTheyWereStoredWith() {
        RequestRepository repository = repository();
        List<ServiceRequest> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ServiceRequest request = StoredRequests.accepted(i % 2 == 0 ? Channel.PROVIDER_OFFICE : Channel.STATE_CORPORATION,
                    almaty(3, 17 + i * 3, 10), "school-" + (1 + i % 2));
            repository.add(request, null, AtRiskShare.DEFAULT);
            stored.add(request);
        }
        repository.add(StoredRequests.submitted(Channel.PROVIDER_OFFICE, almaty(3, 20, 10), "school-1"), null, AtRiskShare.DEFAULT);
        repository.add(StoredRequests.refusedAtIntake(almaty(3, 20, 10)), null, AtRiskShare.DEFAULT);

        // each request's own next-watch second is the boundary: not due a second before it, due from it on
        for (ServiceRequest request : stored) {
            Instant next = request.nextWatch(AtRiskShare.DEFAULT).orElseThrow();
            Instant second = Instant.ofEpochSecond(next.getEpochSecond());
            for (Instant now : List.of(second.minusSeconds(1), second, second.plusSeconds(86_400 * 20L))) {
                assertThat(dueForWatch(repository, now, AtRiskShare.DEFAULT)).as("due for the watch at %s", now)
                        .containsExactlyInAnyOrderElementsOf(nextWatchBy(stored, now, AtRiskShare.DEFAULT));
            }
            assertThat(dueForWatch(repository, second, AtRiskShare.DEFAULT)).contains(request.id());
            assertThat(dueForWatch(repository, second.minusSeconds(1), AtRiskShare.DEFAULT)).doesNotContain(request.id());
        }

        // once the watch has raised what was due and stored it, the request waits for its next moment
        ServiceRequest watched = repository.find(stored.get(0).id()).orElseThrow();
        Instant late = watched.deadline().orElseThrow().dueAt().plusSeconds(60);
        assertThat(dueForWatch(repository, late, AtRiskShare.DEFAULT)).contains(watched.id());
        int before = watched.revision();
        assertThat(watched.watchDeadlines(kz.qyzmet.domain.request.Actor.system("deadline-watch"), late, AtRiskShare.DEFAULT)).isNotEmpty();
        repository.update(watched, before, AtRiskShare.DEFAULT);
        stored.set(0, watched);
        assertThat(dueForWatch(repository, late, AtRiskShare.DEFAULT)).as("its warnings are raised")
                .doesNotContain(watched.id())
                .containsExactlyInAnyOrderElementsOf(nextWatchBy(stored, late, AtRiskShare.DEFAULT));
    }

    @Test
    void aRequestStoredWithAnotherShareIsReadByTheWatchUntilItIsStoredWithTheWatchsShare() {
        RequestRepository repository = repository();
        AtRiskShare half = new AtRiskShare(500);
        List<ServiceRequest> stored = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, almaty(3, 10 + i * 5, 10), "school-1");
            repository.add(request, null, AtRiskShare.DEFAULT);
            stored.add(request);
        }
        // from half the first request's term on, a watch with a share of one half has work on it that one with a fifth has not
        Instant now = stored.get(0).nextWatch(half).orElseThrow();
        List<RequestId> dueAtHalf = nextWatchBy(stored, now, half);
        assertThat(dueAtHalf).contains(stored.get(0).id());
        assertThat(nextWatchBy(stored, now, AtRiskShare.DEFAULT)).doesNotContain(stored.get(0).id());
        assertThat(dueForWatch(repository, now, half)).as("none that the other share calls for is missed")
                .containsAll(dueAtHalf);

        // stored again without a change, with the watch's share: from then on only what is due for it
        for (ServiceRequest request : stored) {
            ServiceRequest read = repository.find(request.id()).orElseThrow();
            repository.update(read, read.revision(), half);
            assertThat(repository.find(request.id()).orElseThrow().history()).as("nothing was appended").isEqualTo(request.history());
        }
        assertThat(dueForWatch(repository, now, half)).containsExactlyInAnyOrderElementsOf(dueAtHalf);
        assertThat(dueForWatch(repository, now.minusSeconds(1), half)).doesNotContain(stored.get(0).id())
                .containsExactlyInAnyOrderElementsOf(nextWatchBy(stored, now.minusSeconds(1), half));
    }

    /** The watch's selective walk, page by page (pages of 2), checked to come by id as text. */
    private static List<RequestId> dueForWatch(RequestRepository repository, Instant now, AtRiskShare share) {
        List<RequestId> walked = new ArrayList<>();
        RequestId after = null;
        List<ServiceRequest> page;
        do {
            page = repository.findDueForWatch(now, share, after, 2);
            assertThat(page.size()).isLessThanOrEqualTo(2);
            page.forEach(request -> walked.add(request.id()));
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (!page.isEmpty());
        assertThat(walked).isSortedAccordingTo(java.util.Comparator.comparing(id -> id.value().toString()));
        return walked;
    }

    /** The requests whose next-watch instant for the share falls in or before the second of {@code now}. */
    private static List<RequestId> nextWatchBy(List<ServiceRequest> requests, Instant now, AtRiskShare share) {
        return requests.stream()
                .filter(request -> request.nextWatch(share).map(next -> next.getEpochSecond() <= now.getEpochSecond()).orElse(false))
                .map(ServiceRequest::id).toList();
    }

    private static WorklistCriteria criteria(kz.qyzmet.domain.request.ProviderId provider, kz.qyzmet.domain.request.Iin applicant,
                                             UserId executor, Set<RequestStatus> statuses, Instant overdueAt, Instant atRiskAt,
                                             boolean stateCorporation) {
        return new WorklistCriteria(provider, applicant, executor, statuses, overdueAt, atRiskAt, AtRiskShare.DEFAULT, stateCorporation, 0, 100);
    }

    private static List<RequestId> ids(List<ServiceRequest> requests) {
        return requests.stream().map(ServiceRequest::id).toList();
    }

    private static boolean tryUpdate(RequestRepository repository, ServiceRequest request, int revision) {
        try {
            repository.update(request, revision);
            return true;
        } catch (ConcurrentUpdateException e) {
            return false;
        }
    }

    private static boolean tryAdd(RequestRepository repository, ServiceRequest request, IdempotencyRecord key) {
        try {
            repository.add(request, key);
            return true;
        } catch (IdempotencyConflictException e) {
            return false;
        }
    }

    private static List<Boolean> race(Callable<Boolean> a, Callable<Boolean> b) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> task : List.of(a, b)) {
                results.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> result : results) {
                won.add(result.get());
            }
            return won;
        } finally {
            threads.shutdownNow();
        }
    }
}
