package kz.qyzmet.application.queue.port.in;

import kz.qyzmet.application.request.port.in.ShowRequestQuery;

/** Use case: the position of an application in the pre-school queue, for whoever may see the application. */
public interface QueuePositionUseCase {

    QueuePosition position(ShowRequestQuery query);
}
