package kz.qyzmet.application.request.port.out;

import java.util.List;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;

/** Port out: tells the world (notifications, monitoring) what happened to a request, after it is stored. */
public interface RequestEventPublisher {

    void publish(RequestId request, List<RequestEvent> events);
}
