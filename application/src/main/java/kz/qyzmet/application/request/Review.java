package kz.qyzmet.application.request;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.application.request.port.in.ApproveRequestUseCase;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RefuseRequestUseCase;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.StartReviewUseCase;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.camp.CampEligibility;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.Lifecycle;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/** The executor's review: start it, then approve, or refuse with grounds of the governing standard. */
public final class Review implements StartReviewUseCase, ApproveRequestUseCase, RefuseRequestUseCase {

    private final RequestDesk desk;
    private final ClassCapacity classCapacity;

    /** The refusal ground of school admission for a full class. */
    static final CatalogCode CLASS_OVERFILLED = CatalogCode.of("class-overfilled");
    /** How many of a school's requests with a place are looked at: all of them, the other services' included. */
    static final int SCHOOL_REQUESTS_LIMIT = 100_000;
    /** The states of an application whose child has a place: approved and onwards, not refused or withdrawn. */
    static final Set<RequestStatus> HAS_PLACE = EnumSet.of(RequestStatus.APPROVED, RequestStatus.RESULT_READY,
            RequestStatus.AT_STATE_CORPORATION, RequestStatus.RETURNED_TO_PROVIDER, RequestStatus.ISSUED);

    Review(RequestDesk desk, ClassCapacity classCapacity) {
        this.desk = desk;
        this.classCapacity = java.util.Objects.requireNonNull(classCapacity, "classCapacity: required");
    }

    @Override
    public RequestView startReview(RequestActionCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        request.startReview(actor, desk.now());
        return RequestView.of(desk.save(request, before), actor, desk.now());
    }

    @Override
    public RequestView approve(RequestActionCommand command) {
        desk.validator.valid(command);
        Actor actor = command.actor().toActor();
        ServiceRequest request = desk.load(actor, command.requestId(), command.expectedRevision());
        int before = request.revision();
        request.approve(actor, desk.now());
        // checked after the lifecycle's own rules (state, role), before anything is stored
        StandardVersion version = desk.governingVersion(request);
        requireEligibility(request, version);
        requirePlace(request, version);
        return RequestView.of(desk.save(request, before), actor, desk.now());
    }

    /** Where the standard limits the service to eligible categories (camps), a document must prove one. */
    private static void requireEligibility(ServiceRequest request, StandardVersion version) {
        if (CampEligibility.applies(version) && CampEligibility.proven(version, request.submission().documents()).isEmpty()) {
            String ground = CampEligibility.NOT_ELIGIBLE.value();
            throw new IllegalTransitionException(RequestStatus.IN_REVIEW, Action.APPROVE, LocalizedText.ours(
                    "өтініштің бірде-бір құжаты құқығы бар санатты растамайды (000, 5-қосымша, 8-өріс, 6-тармақ); " + ground
                            + " негізіне сілтеме жасап бас тартыңыз",
                    "ни один документ заявки не подтверждает льготную категорию (000, приложение 5, поле 8, пункт 6); откажите со ссылкой на "
                            + "основание " + ground,
                    "no document of the request proves an eligible category (000 annex 5, field 8 item 6); refuse it citing " + ground));
        }
    }

    /**
     * Where the standard can refuse for a full class (school admission) and the school states its places for
     * the year the application was accepted in, one must be free: fewer applications of the year approved
     * (and not refused or withdrawn since) than places. Two approvals at the same moment may both see the
     * last place free; the school's places are a planning figure, not a lock.
     */
    private void requirePlace(ServiceRequest request, StandardVersion version) {
        if (version.refusalGround(CLASS_OVERFILLED).isEmpty()) {
            return;
        }
        ProviderId school = request.submission().provider();
        int year = request.acceptedAt().orElseThrow().atZone(desk.deadlines.zone()).getYear();
        OptionalInt places = classCapacity.places(school, year);
        if (places.isEmpty()) {
            return;
        }
        long taken = desk.repository.find(WorklistCriteria.ofProvider(school, HAS_PLACE, SCHOOL_REQUESTS_LIMIT)).stream()
                .filter(other -> other.submission().service().equals(request.submission().service()))
                .filter(other -> other.acceptedAt().filter(accepted -> accepted.atZone(desk.deadlines.zone()).getYear() == year).isPresent())
                .count();
        if (taken >= places.getAsInt()) {
            throw new IllegalTransitionException(RequestStatus.IN_REVIEW, Action.APPROVE, LocalizedText.ours(
                    "мектептің " + year + " жылғы барлық орны толды (" + places.getAsInt() + "); " + CLASS_OVERFILLED.value()
                            + " негізіне сілтеме жасап бас тартыңыз",
                    "все места школы на " + year + " год заняты (" + places.getAsInt() + "); откажите со ссылкой на основание "
                            + CLASS_OVERFILLED.value(),
                    "the school's " + places.getAsInt() + " places of " + year + " are taken; refuse it citing " + CLASS_OVERFILLED.value()));
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
        return RequestView.of(desk.save(request, before), actor, desk.now());
    }
}
