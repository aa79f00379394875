package kz.qyzmet.application.request;

import java.util.List;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.AssignExecutorUseCase;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.out.ResponsibleStaff;
import kz.qyzmet.application.request.port.out.Responsibles;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;

/**
 * The head's resolution (бұрыштама / резолюция): names the executor of an accepted request — the one the
 * head names, else the one the provider's configuration makes responsible for the service (seed 000).
 */
public final class Resolution implements AssignExecutorUseCase {

    private final RequestDesk desk;
    private final ResponsibleStaff staff;

    Resolution(RequestDesk desk, ResponsibleStaff staff) {
        this.desk = desk;
        this.staff = staff;
    }

    @Override
    public RequestView assign(AssignExecutorCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        UserId executor = command.executor() != null ? UserId.of(command.executor())
                : staff.responsibleFor(request.submission().provider(), request.submission().service()).flatMap(Responsibles::executor)
                .orElseThrow(() -> new InvalidCommandException(List.of(new InvalidCommandException.Violation("executor", "NotNull",
                        "name the executor: " + request.submission().provider() + " has no executor configured for "
                                + request.submission().service()))));
        request.assign(actor, desk.now(), executor);
        return RequestView.of(desk.save(request, before), actor, desk.now());
    }
}
