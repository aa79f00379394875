package kz.qyzmet.adapters.persistence.contract;

import java.util.List;
import kz.qyzmet.adapters.persistence.memory.RecordingEventPublisher;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;

/** The event publisher contract on the recording publisher. */
class RecordingEventPublisherContractTest extends RequestEventPublisherContract {

    private RecordingEventPublisher publisher;

    @Override
    protected RequestEventPublisher publisher() {
        publisher = new RecordingEventPublisher();
        return publisher;
    }

    @Override
    protected List<Delivered> delivered() {
        return publisher.publications().stream()
                .map(p -> new Delivered(p.request(), p.event().getClass().getSimpleName())).toList();
    }
}
