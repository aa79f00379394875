package kz.qyzmet.application.visit.port.out;

import java.time.Instant;
import java.util.List;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.visit.CounterVisit;

/** Port out: where the visits to the counters are kept. */
public interface CounterVisits {

    /** No visits kept: for an embedding that does not record them. */
    CounterVisits NONE = new CounterVisits() {
        @Override
        public void add(CounterVisit visit) {
            throw new UnsupportedOperationException("visits: no store for counter visits is configured");
        }

        @Override
        public List<CounterVisit> servedBetween(ProviderId provider, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<CounterVisit> of(RequestId request) {
            return List.of();
        }
    };

    /** Stores a visit. */
    void add(CounterVisit visit);

    /** A provider's visits whose service ended in {@code [from, to)}, in the order they ended. */
    List<CounterVisit> servedBetween(ProviderId provider, Instant from, Instant to);

    /** The visits for one request, in the order they ended. */
    List<CounterVisit> of(RequestId request);
}
