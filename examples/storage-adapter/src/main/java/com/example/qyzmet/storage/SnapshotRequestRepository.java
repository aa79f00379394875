package com.example.qyzmet.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;

/**
 * A third party's request store: every request is a snapshot of its submission and history, kept by id as text
 * (the order the deadline watch pages in); each read rebuilds the aggregate with {@link ServiceRequest#restore}.
 * One lock guards it all: a stand-in for the transaction a real database would give.
 */
public final class SnapshotRequestRepository implements RequestRepository {

    private record Snapshot(RequestId id, Submission submission, List<RequestEvent> history) {
        ServiceRequest restore() {
            return ServiceRequest.restore(id, submission, history);
        }
    }

    private final TreeMap<String, Snapshot> snapshots = new TreeMap<>();
    /** Idempotency keys by account, then key: a key is unique per account. */
    private final Map<List<String>, IdempotencyRecord> idempotencyKeys = new HashMap<>();

    @Override
    public synchronized Optional<ServiceRequest> find(RequestId id) {
        return Optional.ofNullable(snapshots.get(id.value().toString())).map(Snapshot::restore);
    }

    @Override
    public synchronized void add(ServiceRequest request, IdempotencyRecord idempotency, AtRiskShare watchShare) {
        if (idempotency != null && idempotencyKeys.containsKey(List.of(idempotency.account(), idempotency.key()))) {
            throw new IdempotencyConflictException(idempotency.key());
        }
        String key = request.id().value().toString();
        if (snapshots.containsKey(key)) {
            throw new IllegalStateException("request " + request.id().value() + " is already stored");
        }
        snapshots.put(key, new Snapshot(request.id(), request.submission(), List.copyOf(request.history())));
        if (idempotency != null) {
            idempotencyKeys.put(List.of(idempotency.account(), idempotency.key()), idempotency);
        }
    }

    @Override
    public synchronized void update(ServiceRequest request, int expectedRevision, AtRiskShare watchShare) {
        Snapshot stored = snapshots.get(request.id().value().toString());
        if (stored == null) {
            throw new IllegalStateException("request " + request.id().value() + " is not stored");
        }
        if (stored.history().size() != expectedRevision) {
            throw new ConcurrentUpdateException(request.id(), expectedRevision, stored.history().size());
        }
        snapshots.put(request.id().value().toString(), new Snapshot(request.id(), stored.submission(), List.copyOf(request.history())));
    }

    @Override
    public synchronized Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key) {
        return Optional.ofNullable(idempotencyKeys.get(List.of(account, key)));
    }

    @Override
    public synchronized List<ServiceRequest> find(WorklistCriteria criteria) {
        List<ServiceRequest> found = new ArrayList<>();
        for (Snapshot snapshot : snapshots.values()) {
            ServiceRequest request = snapshot.restore();
            if (onWorklist(request, criteria)) {
                found.add(request);
            }
        }
        found.sort(Comparator.comparing((ServiceRequest request) -> request.deadline().map(Deadline::dueAt).orElse(Instant.MAX))
                .thenComparing(request -> request.id().value()));
        return found.stream().skip(criteria.offset()).limit(criteria.limit()).toList();
    }

    @Override
    public synchronized List<ServiceRequest> find(ReportCriteria criteria) {
        List<ServiceRequest> found = new ArrayList<>();
        for (Snapshot snapshot : snapshots.values()) {
            ServiceRequest request = snapshot.restore();
            boolean receivedBeforeEnd = request.submission().receivedAt().isBefore(criteria.to());
            boolean openDuringPeriod = !request.status().terminal()
                    || request.history().stream().anyMatch(event -> !event.header().at().isBefore(criteria.from()));
            if (request.submission().provider().equals(criteria.provider()) && receivedBeforeEnd && openDuringPeriod) {
                found.add(request);
            }
        }
        found.sort(Comparator.comparing((ServiceRequest request) -> request.submission().receivedAt())
                .thenComparing(request -> request.id().value()));
        return found;
    }

    @Override
    public synchronized List<ServiceRequest> findOpenWithDeadline(RequestId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        Map<String, Snapshot> tail = after == null ? snapshots : snapshots.tailMap(after.value().toString(), false);
        List<ServiceRequest> page = new ArrayList<>();
        for (Snapshot snapshot : tail.values()) {
            ServiceRequest request = snapshot.restore();
            if (!request.status().terminal() && request.deadline().isPresent()) {
                page.add(request);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return page;
    }

    /** Computes each open request's next-watch instant for the share asked: a store this small keeps none. */
    @Override
    public synchronized List<ServiceRequest> findDueForWatch(Instant now, AtRiskShare watchShare, RequestId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        return findOpenWithDeadline(after, Integer.MAX_VALUE).stream()
                .filter(request -> request.nextWatch(watchShare).map(next -> next.getEpochSecond() <= now.getEpochSecond()).orElse(false))
                .limit(limit)
                .toList();
    }

    private static boolean onWorklist(ServiceRequest request, WorklistCriteria criteria) {
        Submission submission = request.submission();
        boolean byApplicant = criteria.applicant() == null || criteria.applicant().equals(submission.applicant().iin())
                || (submission.applicant().representative() != null
                && criteria.applicant().equals(submission.applicant().representative().iin()));
        boolean selected = (criteria.provider() == null || criteria.provider().equals(submission.provider()))
                && (!criteria.stateCorporationOnly() || submission.channel() == Channel.STATE_CORPORATION)
                && byApplicant
                && (criteria.executor() == null || request.executor().filter(criteria.executor()::equals).isPresent())
                && (criteria.statuses().isEmpty() || criteria.statuses().contains(request.status()));
        if (!selected) {
            return false;
        }
        if (criteria.overdueAt() == null && criteria.atRiskAt() == null) {
            return true;
        }
        // overdue and at risk are questions about work still to do: a finished request is neither
        Optional<Deadline> deadline = request.deadline();
        if (request.status().terminal() || deadline.isEmpty()) {
            return false;
        }
        Instant due = deadline.get().dueAt();
        if (criteria.overdueAt() != null && !criteria.overdueAt().isAfter(due)) {
            return false;
        }
        if (criteria.atRiskAt() != null) {
            return criteria.atRiskShare().atRisk(deadline.get().acceptance().acceptedAt(), due, criteria.atRiskAt());
        }
        return true;
    }
}
