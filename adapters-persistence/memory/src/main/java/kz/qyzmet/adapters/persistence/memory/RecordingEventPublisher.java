package kz.qyzmet.adapters.persistence.memory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;

/** An event publisher that keeps what it is given, in order, for tests; it grows without bound, so not for production. */
public final class RecordingEventPublisher implements RequestEventPublisher {

    /** One event published, with its request. */
    public record Publication(RequestId request, RequestEvent event) {
    }

    private final ConcurrentLinkedQueue<Publication> published = new ConcurrentLinkedQueue<>();

    @Override
    public void publish(RequestId request, List<RequestEvent> events) {
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(events, "events: required");
        events.forEach(event -> published.add(new Publication(request, event)));
    }

    /** Everything published so far. */
    public List<RequestEvent> published() {
        return published.stream().map(Publication::event).toList();
    }

    /** Everything published so far, each event with its request. */
    public List<Publication> publications() {
        return List.copyOf(published);
    }
}
