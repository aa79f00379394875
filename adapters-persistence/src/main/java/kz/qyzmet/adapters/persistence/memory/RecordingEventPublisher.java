package kz.qyzmet.adapters.persistence.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;

/** An event publisher that keeps what it is given, in order, for tests and the demo. */
public final class RecordingEventPublisher implements RequestEventPublisher {

    private final List<RequestEvent> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(RequestId request, List<RequestEvent> events) {
        published.addAll(events);
    }

    /** Everything published so far. */
    public List<RequestEvent> published() {
        return List.copyOf(published);
    }
}
