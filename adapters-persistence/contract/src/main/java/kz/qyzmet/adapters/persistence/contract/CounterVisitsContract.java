package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.visit.port.out.CounterVisits;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import kz.qyzmet.domain.visit.CounterVisit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CounterVisits} store keeps: a visit comes back whole (limits, or their absence,
 * included), found by its provider and the half-open period its service ended in, or by its request, in the
 * order the services ended. Extend it with a fresh store and the request repository of the same database.
 */
public abstract class CounterVisitsContract {

    /** A fresh, empty store and the repository of the same database (visits refer to stored requests). */
    protected record Stores(RequestRepository requests, CounterVisits visits) {
    }

    protected abstract Stores stores();

    @Test
    void visitsComeBackWholeByProviderAndPeriodOrByRequest() {
        Stores stores = stores();
        Instant at = Instant.parse("2025-04-14T05:00:00Z");
        ServiceRequest school1 = StoredRequests.accepted(Channel.STATE_CORPORATION, at, "school-1");
        ServiceRequest school2 = StoredRequests.accepted(Channel.PROVIDER_OFFICE, at, "school-2");
        stores.requests().add(school1, null);
        stores.requests().add(school2, null);
        CounterVisit later = visit(school1, at.plusSeconds(3600), Duration.ofMinutes(15), Duration.ofMinutes(20));
        CounterVisit earlier = visit(school1, at, null, Duration.ofMinutes(15));
        CounterVisit other = visit(school2, at, Duration.ofMinutes(15), null);
        stores.visits().add(later);
        stores.visits().add(earlier);
        stores.visits().add(other);

        assertThat(stores.visits().servedBetween(ProviderId.of("school-1"), at, at.plusSeconds(7200))).containsExactly(earlier, later);
        assertThat(stores.visits().servedBetween(ProviderId.of("school-1"), at, at.plusSeconds(3600)))
                .as("the period's end is excluded").containsExactly(earlier);
        assertThat(stores.visits().servedBetween(ProviderId.of("school-1"), at.plusSeconds(1), at.plusSeconds(7200))).containsExactly(later);
        assertThat(stores.visits().of(school2.id())).containsExactly(other);
        assertThat(stores.visits().of(school1.id()).get(0).maxWaiting()).isNull();
        assertThat(stores.visits().servedBetween(ProviderId.of("school-3"), at, at.plusSeconds(7200))).isEmpty();
    }

    private static CounterVisit visit(ServiceRequest request, Instant servedAt, Duration maxWaiting, Duration maxDesk) {
        return new CounterVisit(UUID.randomUUID(), request.id(), request.submission().provider(), request.submission().service(),
                request.submission().channel(), servedAt.minusSeconds(1500), servedAt.minusSeconds(600), servedAt, maxWaiting, maxDesk,
                UserId.of("operator"));
    }
}
