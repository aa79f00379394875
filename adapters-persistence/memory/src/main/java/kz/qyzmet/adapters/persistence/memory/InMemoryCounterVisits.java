package kz.qyzmet.adapters.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import kz.qyzmet.application.visit.port.out.CounterVisits;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.visit.CounterVisit;

/** The visits to the counters kept in memory, for tests, demos and embedding without a database. Thread-safe. */
public final class InMemoryCounterVisits implements CounterVisits {

    private final ConcurrentLinkedQueue<CounterVisit> visits = new ConcurrentLinkedQueue<>();

    @Override
    public void add(CounterVisit visit) {
        visits.add(Objects.requireNonNull(visit, "visit: required"));
    }

    @Override
    public List<CounterVisit> servedBetween(ProviderId provider, Instant from, Instant to) {
        return matching(visit -> visit.provider().equals(provider) && !visit.servedAt().isBefore(from) && visit.servedAt().isBefore(to));
    }

    @Override
    public List<CounterVisit> of(RequestId request) {
        return matching(visit -> visit.request().equals(request));
    }

    private List<CounterVisit> matching(Predicate<CounterVisit> filter) {
        return visits.stream().filter(filter).sorted(Comparator.comparing(CounterVisit::servedAt)).toList();
    }
}
