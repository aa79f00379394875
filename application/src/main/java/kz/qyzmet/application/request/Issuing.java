package kz.qyzmet.application.request;

import java.time.Instant;
import java.util.function.BiConsumer;
import kz.qyzmet.application.request.port.in.HandOverToStateCorporationUseCase;
import kz.qyzmet.application.request.port.in.IssueResultUseCase;
import kz.qyzmet.application.request.port.in.MarkResultReadyUseCase;
import kz.qyzmet.application.request.port.in.ReRequestResultUseCase;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ReturnToProviderUseCase;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.Lifecycle;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * From a signed result to the applicant: marking it ready, issuing it at the provider or the State
 * Corporation, handing it over to the State Corporation (kept one month), its return to the provider, and a
 * later request for it, which the provider answers within one working day.
 */
public final class Issuing implements MarkResultReadyUseCase, IssueResultUseCase, HandOverToStateCorporationUseCase,
        ReturnToProviderUseCase, ReRequestResultUseCase {

    /** The provider sends a re-requested result back within one working day (seed 002, field 5; seed 004). */
    static final int SEND_BACK_WORKING_DAYS = 1;

    private final RequestDesk desk;

    Issuing(RequestDesk desk) {
        this.desk = desk;
    }

    @Override
    public RequestView markReady(RequestActionCommand command) {
        return act(command, (request, actor) -> request.markReady(actor, desk.now()));
    }

    @Override
    public RequestView issue(RequestActionCommand command) {
        return act(command, (request, actor) -> request.issue(actor, desk.now()));
    }

    @Override
    public RequestView handOver(RequestActionCommand command) {
        return act(command, (request, actor) -> request.handOver(actor, desk.now(), desk.deadlines.zone()));
    }

    @Override
    public RequestView returnToProvider(RequestActionCommand command) {
        return act(command, (request, actor) -> request.returnToProvider(actor, desk.now()));
    }

    @Override
    public RequestView reRequest(RequestActionCommand command) {
        return act(command, (request, actor) -> {
            Lifecycle.require(Action.RE_REQUEST, request.status(), actor.role());
            Instant now = desk.now();
            Instant dueBack = desk.deadlines.workingDaysAfter(desk.governingVersion(request), request.submission().channel(), now,
                    SEND_BACK_WORKING_DAYS);
            request.reRequest(actor, now, dueBack);
        });
    }

    private RequestView act(RequestActionCommand command, BiConsumer<ServiceRequest, Actor> action) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        action.accept(request, actor);
        return RequestView.of(desk.save(request, before), actor, desk.now());
    }
}
