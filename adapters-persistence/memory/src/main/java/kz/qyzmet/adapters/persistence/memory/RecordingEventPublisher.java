package kz.qyzmet.adapters.persistence.memory;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;

/** An event publisher that keeps what it is given, in order, for tests; it grows without bound, so not for production. */
public final class RecordingEventPublisher implements RequestEventPublisher {

    private final ConcurrentLinkedQueue<RequestEvent> published = new ConcurrentLinkedQueue<>();

    @Override
    public void publish(RequestId request, List<RequestEvent> events) {
        published.addAll(events);
    }

    /** Everything published so far. */
    public List<RequestEvent> published() {
        return List.copyOf(published);
    }
}
