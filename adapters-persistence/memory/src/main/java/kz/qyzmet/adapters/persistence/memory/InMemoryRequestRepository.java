package kz.qyzmet.adapters.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;

/**
 * Requests kept in memory, for tests, demos and embedding without a database. Thread-safe: each request is
 * stored as its submission and an immutable copy of its history, a change is stored only if the revision it
 * started from is still the stored one, and every read rebuilds a fresh aggregate, so callers never share
 * state through the store. It keeps each request's report facts beside it, so a monthly report restores nothing. It
 * keeps no next-watch instants: {@link #findDueForWatch} computes each request's for the
 * share asked, so it is exact whatever share the requests were stored with.
 */
public final class InMemoryRequestRepository implements RequestRepository {

    /** A request as stored: its submission, its history, and its report facts, derived as it is written. */
    private record Stored(Submission submission, List<RequestEvent> history, ReportFacts facts) {
        static Stored of(ServiceRequest request) {
            return new Stored(request.submission(), request.history(), ReportFacts.of(request));
        }

        /** Whether a report of the criteria reads it: the rule {@link #find(ReportCriteria)} applies, without restoring it. */
        boolean readBy(ReportCriteria criteria) {
            RequestEvent last = history.get(history.size() - 1);
            return submission.provider().equals(criteria.provider()) && submission.receivedAt().isBefore(criteria.to())
                    && (!last.header().to().terminal() || history.stream().anyMatch(event -> !event.header().at().isBefore(criteria.from())));
        }
    }

    private final Map<RequestId, Stored> requests = new ConcurrentHashMap<>();
    /** The keys by account and key: a key is unique per account. */
    private final Map<List<String>, IdempotencyRecord> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<ServiceRequest> find(RequestId id) {
        Stored stored = requests.get(id);
        return stored == null ? Optional.empty() : Optional.of(ServiceRequest.restore(id, stored.submission(), stored.history()));
    }

    @Override
    public synchronized void add(ServiceRequest request, IdempotencyRecord idempotency, AtRiskShare watchShare) {
        Objects.requireNonNull(request, "request: required");
        if (idempotency != null && keys.containsKey(List.of(idempotency.account(), idempotency.key()))) {
            throw new IdempotencyConflictException(idempotency.key());
        }
        if (requests.putIfAbsent(request.id(), Stored.of(request)) != null) {
            throw new IllegalStateException("request " + request.id() + " is already stored");
        }
        if (idempotency != null) {
            keys.put(List.of(idempotency.account(), idempotency.key()), idempotency);
        }
    }

    @Override
    public void update(ServiceRequest request, int expectedRevision, AtRiskShare watchShare) {
        requests.compute(request.id(), (id, stored) -> {
            if (stored == null) {
                throw new IllegalStateException("request " + id + " is not stored");
            }
            if (stored.history().size() != expectedRevision) {
                throw new ConcurrentUpdateException(id, expectedRevision, stored.history().size());
            }
            return Stored.of(request);
        });
    }

    @Override
    public Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key) {
        return Optional.ofNullable(keys.get(List.of(account, key)));
    }

    @Override
    public List<ServiceRequest> find(WorklistCriteria criteria) {
        return requests.entrySet().stream()
                .map(entry -> ServiceRequest.restore(entry.getKey(), entry.getValue().submission(), entry.getValue().history()))
                .filter(request -> matches(request, criteria))
                .sorted(Comparator.comparing((ServiceRequest request) -> request.deadline().map(Deadline::dueAt).orElse(Instant.MAX))
                        .thenComparing(request -> request.id().value()))
                .skip(criteria.offset())
                .limit(criteria.limit())
                .toList();
    }

    @Override
    public List<ServiceRequest> find(ReportCriteria criteria) {
        return readBy(criteria).stream()
                .map(entry -> ServiceRequest.restore(entry.getKey(), entry.getValue().submission(), entry.getValue().history()))
                .toList();
    }

    /** The facts kept with each request the report reads, in {@link #find(ReportCriteria)}'s order; nothing is restored. */
    @Override
    public List<ReportFacts> reportFacts(ReportCriteria criteria) {
        return readBy(criteria).stream().map(entry -> entry.getValue().facts()).toList();
    }

    private List<Map.Entry<RequestId, Stored>> readBy(ReportCriteria criteria) {
        return requests.entrySet().stream()
                .filter(entry -> entry.getValue().readBy(criteria))
                .sorted(Comparator.comparing((Map.Entry<RequestId, Stored> entry) -> entry.getValue().submission().receivedAt())
                        .thenComparing(entry -> entry.getKey().value()))
                .toList();
    }

    @Override
    public List<ServiceRequest> findOpenWithDeadline(RequestId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        String from = after == null ? null : after.value().toString();
        return requests.entrySet().stream()
                .filter(entry -> from == null || entry.getKey().value().toString().compareTo(from) > 0)
                .map(entry -> ServiceRequest.restore(entry.getKey(), entry.getValue().submission(), entry.getValue().history()))
                .filter(request -> !request.status().terminal() && request.deadline().isPresent())
                .sorted(Comparator.comparing(request -> request.id().value().toString()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<ServiceRequest> findDueForWatch(Instant now, AtRiskShare watchShare, RequestId after, int limit) {
        Objects.requireNonNull(now, "now: required");
        Objects.requireNonNull(watchShare, "watchShare: required");
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        long nowSecond = now.getEpochSecond();
        return findOpenWithDeadline(after, Integer.MAX_VALUE).stream()
                .filter(request -> request.nextWatch(watchShare).map(next -> next.getEpochSecond() <= nowSecond).orElse(false))
                .limit(limit)
                .toList();
    }

    /** The rules of a worklist, as the JDBC adapter's SQL applies them too. */
    static boolean matches(ServiceRequest request, WorklistCriteria criteria) {
        Submission submission = request.submission();
        if (criteria.provider() != null && !criteria.provider().equals(submission.provider())) {
            return false;
        }
        if (criteria.stateCorporationOnly() && submission.channel() != kz.qyzmet.domain.catalog.Channel.STATE_CORPORATION) {
            return false;
        }
        if (criteria.applicant() != null && !criteria.applicant().equals(submission.applicant().iin())
                && (submission.applicant().representative() == null
                || !criteria.applicant().equals(submission.applicant().representative().iin()))) {
            return false;
        }
        if (criteria.executor() != null && !request.executor().map(criteria.executor()::equals).orElse(false)) {
            return false;
        }
        if (!criteria.statuses().isEmpty() && !criteria.statuses().contains(request.status())) {
            return false;
        }
        Optional<Deadline> deadline = request.deadline();
        boolean open = !request.status().terminal();
        if (criteria.overdueAt() != null && !(open && deadline.isPresent() && criteria.overdueAt().isAfter(deadline.get().dueAt()))) {
            return false;
        }
        if (criteria.atRiskAt() != null) {
            if (!open || deadline.isEmpty()) {
                return false;
            }
            return criteria.atRiskShare().atRisk(deadline.get().acceptance().acceptedAt(), deadline.get().dueAt(), criteria.atRiskAt());
        }
        return true;
    }
}
