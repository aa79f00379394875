package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.DeadlineState;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link RequestEventPublisher}: each event it is given is delivered once, with its request, in
 * the order given and the order of the calls — from one thread or many; an empty list delivers nothing; a missing
 * request or list is refused naming it. The adapter author says what was delivered ({@link #delivered()}): read back
 * from the message bus, the log, the outbox.
 */
public abstract class RequestEventPublisherContract {

    private static final Instant AT = Instant.parse("2026-03-02T05:00:00Z");
    private static final Actor CLERK = Actor.staff(UserId.of("clerk"), Role.INTAKE_OFFICER, ProviderId.of("school-1"));

    /** What the publisher delivered: the request and the kind of event (its class's simple name). */
    public record Delivered(RequestId request, String kind) {
    }

    /** A new publisher, nothing delivered yet. Called once per test. */
    protected abstract RequestEventPublisher publisher();

    /** Everything the publisher of this test delivered so far, oldest first. */
    protected abstract List<Delivered> delivered();

    private static RequestEvent.Header header(RequestStatus from, RequestStatus to) {
        return new RequestEvent.Header(CLERK, AT, from, to, new DeadlineState(null, false));
    }

    private static RequestEvent submitted() {
        return new RequestEvent.RequestSubmitted(header(null, RequestStatus.SUBMITTED));
    }

    private static RequestEvent withdrawn() {
        return new RequestEvent.RequestWithdrawn(header(RequestStatus.SUBMITTED, RequestStatus.WITHDRAWN));
    }

    private static RequestId request() {
        return new RequestId(UUID.randomUUID());
    }

    @Test
    void theEventsOfACallAreDeliveredWithTheirRequestInOrder() {
        RequestEventPublisher publisher = publisher();
        RequestId request = request();
        publisher.publish(request, List.of(submitted(), withdrawn()));
        assertThat(delivered()).containsExactly(new Delivered(request, "RequestSubmitted"), new Delivered(request, "RequestWithdrawn"));
    }

    @Test
    void callsAreDeliveredInTheirOrderEachWithItsRequest() {
        RequestEventPublisher publisher = publisher();
        RequestId first = request();
        RequestId second = request();
        publisher.publish(first, List.of(submitted()));
        publisher.publish(second, List.of(submitted()));
        publisher.publish(first, List.of(withdrawn()));
        assertThat(delivered()).containsExactly(new Delivered(first, "RequestSubmitted"), new Delivered(second, "RequestSubmitted"),
                new Delivered(first, "RequestWithdrawn"));
    }

    @Test
    void anEmptyListDeliversNothing() {
        publisher().publish(request(), List.of());
        assertThat(delivered()).isEmpty();
    }

    @Test
    void aMissingRequestOrListIsRefusedNamingIt() {
        RequestEventPublisher publisher = publisher();
        assertThatThrownBy(() -> publisher.publish(null, List.of(submitted()))).hasMessageStartingWith("request");
        assertThatThrownBy(() -> publisher.publish(request(), null)).hasMessageStartingWith("events");
        assertThat(delivered()).isEmpty();
    }

    @Test
    void callsFromManyThreadsAreEachDeliveredOnce() throws Exception {
        RequestEventPublisher publisher = publisher();
        List<RequestId> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(request());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (RequestId request : requests) {
                calls.add(pool.submit(() -> publisher.publish(request, List.of(submitted(), withdrawn()))));
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Delivered> delivered = delivered();
        assertThat(delivered).hasSize(2 * requests.size()).doesNotHaveDuplicates();
        for (RequestId request : requests) {
            assertThat(delivered).filteredOn(d -> d.request().equals(request)).extracting(Delivered::kind)
                    .as("request %s, in order", request.value()).containsExactly("RequestSubmitted", "RequestWithdrawn");
        }
    }
}
