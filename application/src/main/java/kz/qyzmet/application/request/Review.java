package kz.qyzmet.application.request;

import java.util.List;
import kz.qyzmet.application.request.port.in.ApproveRequestUseCase;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RefuseRequestUseCase;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.StartReviewUseCase;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.camp.CampEligibility;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.Lifecycle;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/** The executor's review: start it, then approve, or refuse with grounds of the governing standard. */
public final class Review implements StartReviewUseCase, ApproveRequestUseCase, RefuseRequestUseCase {

    private final RequestDesk desk;

    Review(RequestDesk desk) {
        this.desk = desk;
    }

    @Override
    public RequestView startReview(RequestActionCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        request.startReview(actor, desk.now());
        return RequestView.of(desk.save(request, before));
    }

    @Override
    public RequestView approve(RequestActionCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        request.approve(actor, desk.now());
        // checked after the lifecycle's own rules (state, role), before anything is stored
        requireEligibility(request, desk.governingVersion(request));
        return RequestView.of(desk.save(request, before));
    }

    /** Where the standard limits the service to eligible categories (camps), a document must prove one. */
    private static void requireEligibility(ServiceRequest request, StandardVersion version) {
        if (CampEligibility.applies(version) && CampEligibility.proven(version, request.submission().documents()).isEmpty()) {
            throw new IllegalTransitionException(RequestStatus.IN_REVIEW, Action.APPROVE, "no document of the request proves an eligible category "
                    + "(000 annex 5, field 8 item 6); refuse it citing " + CampEligibility.NOT_ELIGIBLE.value());
        }
    }

    @Override
    public RequestView refuse(RefuseCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        List<CatalogCode> grounds = command.grounds().stream().map(CatalogCode::of).toList();
        Lifecycle.require(Action.REFUSE, request.status(), actor.role());
        try {
            request.refuse(actor, desk.now(), desk.governingVersion(request), grounds, command.motivation());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(List.of(new InvalidCommandException.Violation("grounds", "ground", e.getMessage())));
        }
        return RequestView.of(desk.save(request, before));
    }
}
