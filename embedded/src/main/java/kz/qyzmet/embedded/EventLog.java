package kz.qyzmet.embedded;

import java.util.List;
import java.util.Objects;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default event publisher: writes what happened to a request to the log at DEBUG (logger
 * {@code kz.qyzmet.events}) — the request id and the kinds of event, never the applicant's IIN or name. An
 * embedding application replaces it with its notifications or message bus.
 */
public final class EventLog implements RequestEventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger("kz.qyzmet.events");

    @Override
    public void publish(RequestId request, List<RequestEvent> events) {
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(events, "events: required");
        if (LOG.isDebugEnabled()) {
            for (RequestEvent event : events) {
                LOG.debug("request {}: {}", request.value(), event.typeName());
            }
        }
    }
}
