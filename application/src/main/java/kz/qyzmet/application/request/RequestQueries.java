package kz.qyzmet.application.request;

import java.time.Instant;
import java.util.List;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.ShowRequestUseCase;
import kz.qyzmet.application.request.port.in.Worklist;
import kz.qyzmet.application.request.port.in.WorklistQuery;
import kz.qyzmet.application.request.port.in.WorklistUseCase;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * Reading requests: one with its history and deadlines, and worklists by role — staff see their provider's
 * requests (an executor only those the head's resolution gave them),
 * State Corporation operators those made through the State Corporation, applicants their own. "At risk"
 * means not yet overdue with less than a configured share of the term left.
 */
public final class RequestQueries implements ShowRequestUseCase, WorklistUseCase {

    private final RequestDesk desk;
    private final double atRiskShare;

    RequestQueries(RequestDesk desk, double atRiskShare) {
        this.desk = desk;
        if (atRiskShare <= 0 || atRiskShare >= 1) {
            throw new IllegalArgumentException("atRiskShare: must lie strictly between 0 and 1, was " + atRiskShare);
        }
        this.atRiskShare = atRiskShare;
    }

    @Override
    public RequestView show(ShowRequestQuery query) {
        desk.validator.valid(query);
        Actor actor = query.actor().toActor();
        return RequestView.of(desk.load(actor, query.requestId(), null), actor, desk.now());
    }

    @Override
    public Worklist worklist(WorklistQuery query) {
        desk.validator.valid(query);
        Actor actor = query.actor().toActor();
        Instant now = desk.now();
        boolean staff = actor.role().isProviderStaff();
        ProviderId provider = query.provider() == null ? null : ProviderId.of(query.provider());
        if (staff && provider != null && !provider.equals(actor.provider())) {
            return new Worklist(List.of(), query.page(), query.size(), false);
        }
        WorklistCriteria criteria = new WorklistCriteria(
                staff ? actor.provider() : provider,
                actor.role() == Role.APPLICANT ? actor.iin() : null,
                actor.role() == Role.EXECUTOR ? actor.user() : null,
                query.statuses(),
                query.overdue() ? now : null,
                query.atRisk() ? now : null,
                atRiskShare,
                actor.role() == Role.STATE_CORPORATION_OPERATOR,
                (query.page() - 1) * query.size(),
                query.size() + 1);
        List<ServiceRequest> found = desk.repository.find(criteria);
        boolean more = found.size() > query.size();
        return new Worklist(found.stream().limit(query.size()).map(request -> RequestView.of(request, actor, now)).toList(), query.page(), query.size(), more);
    }
}
