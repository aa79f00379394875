package kz.qyzmet.application.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * A request repository for the use cases' port tests (the application module cannot use the in-memory adapter,
 * which depends on it). It keeps each request as its history and hands out fresh copies, as a real store does;
 * worklists filter by provider, applicant and state only. The adapters prove the full repository contract.
 */
class RequestsInMemory implements RequestRepository {

    private final Map<RequestId, ServiceRequest> requests = new LinkedHashMap<>();
    /** By account and key: keys are unique per account. */
    private final Map<String, IdempotencyRecord> keys = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ServiceRequest> find(RequestId id) {
        return Optional.ofNullable(requests.get(id)).map(RequestsInMemory::copy);
    }

    @Override
    public synchronized void add(ServiceRequest request, IdempotencyRecord idempotency, AtRiskShare watchShare) {
        if (idempotency != null) {
            String accountKey = idempotency.account() + "\n" + idempotency.key();
            if (keys.containsKey(accountKey)) {
                throw new IdempotencyConflictException(idempotency.key());
            }
            keys.put(accountKey, idempotency);
        }
        requests.put(request.id(), copy(request));
    }

    @Override
    public synchronized void update(ServiceRequest request, int expectedRevision, AtRiskShare watchShare) {
        int stored = requests.get(request.id()).revision();
        if (stored != expectedRevision) {
            throw new ConcurrentUpdateException(request.id(), expectedRevision, stored);
        }
        requests.put(request.id(), copy(request));
    }

    @Override
    public synchronized Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key) {
        return Optional.ofNullable(keys.get(account + "\n" + key));
    }

    @Override
    public synchronized List<ServiceRequest> find(WorklistCriteria criteria) {
        List<ServiceRequest> found = new ArrayList<>();
        for (ServiceRequest request : requests.values()) {
            boolean provider = criteria.provider() == null || criteria.provider().equals(request.submission().provider());
            boolean applicant = criteria.applicant() == null || criteria.applicant().equals(request.submission().applicant().iin());
            boolean status = criteria.statuses().isEmpty() || criteria.statuses().contains(request.status());
            if (provider && applicant && status) {
                found.add(copy(request));
            }
        }
        return found.stream().skip(criteria.offset()).limit(criteria.limit()).toList();
    }

    @Override
    public List<ServiceRequest> find(ReportCriteria criteria) {
        throw new UnsupportedOperationException("reports are not asked in these tests");
    }

    @Override
    public List<ServiceRequest> findOpenWithDeadline(RequestId after, int limit) {
        throw new UnsupportedOperationException("the deadline watch is not run in these tests");
    }

    @Override
    public List<ServiceRequest> findDueForWatch(Instant now, AtRiskShare watchShare, RequestId after, int limit) {
        throw new UnsupportedOperationException("the deadline watch is not run in these tests");
    }

    private static ServiceRequest copy(ServiceRequest request) {
        return ServiceRequest.restore(request.id(), request.submission(), request.history());
    }
}
