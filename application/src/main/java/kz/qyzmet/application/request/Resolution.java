package kz.qyzmet.application.request;

import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.AssignExecutorUseCase;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;

/** The head's resolution (бұрыштама / резолюция): names the executor of an accepted request. */
public final class Resolution implements AssignExecutorUseCase {

    private final RequestDesk desk;

    Resolution(RequestDesk desk) {
        this.desk = desk;
    }

    @Override
    public RequestView assign(AssignExecutorCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        request.assign(actor, desk.now(), UserId.of(command.executor()));
        return RequestView.of(desk.save(request, before));
    }
}
