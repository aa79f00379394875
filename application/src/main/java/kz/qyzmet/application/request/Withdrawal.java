package kz.qyzmet.application.request;

import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.WithdrawRequestUseCase;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ServiceRequest;

/** The applicant withdraws a request before a decision. */
public final class Withdrawal implements WithdrawRequestUseCase {

    private final RequestDesk desk;

    Withdrawal(RequestDesk desk) {
        this.desk = desk;
    }

    @Override
    public RequestView withdraw(RequestActionCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        request.withdraw(actor, desk.now());
        return RequestView.of(desk.save(request, before), actor, desk.now());
    }
}
