package kz.qyzmet.adapters.rest.request;

import kz.qyzmet.application.request.port.in.AcceptRequestUseCase;
import kz.qyzmet.application.request.port.in.ApproveRequestUseCase;
import kz.qyzmet.application.request.port.in.AssignExecutorUseCase;
import kz.qyzmet.application.request.port.in.HandOverToStateCorporationUseCase;
import kz.qyzmet.application.request.port.in.IssueResultUseCase;
import kz.qyzmet.application.request.port.in.MarkResultReadyUseCase;
import kz.qyzmet.application.request.port.in.ReRequestResultUseCase;
import kz.qyzmet.application.request.port.in.RefuseIntakeUseCase;
import kz.qyzmet.application.request.port.in.RefuseRequestUseCase;
import kz.qyzmet.application.request.port.in.ReturnToProviderUseCase;
import kz.qyzmet.application.request.port.in.ShowRequestUseCase;
import kz.qyzmet.application.request.port.in.StartReviewUseCase;
import kz.qyzmet.application.request.port.in.SubmitRequestUseCase;
import kz.qyzmet.application.request.port.in.WithdrawRequestUseCase;
import kz.qyzmet.application.request.port.in.WorklistUseCase;

/**
 * The request use cases the request routes call, each by its port: the routes know the use-case interfaces
 * only, never the application's services that implement them (Qyzmet's own adapter rule,
 * {@code AdapterRules.usesTheApplicationOnlyThroughPorts}). The composition root fills it from the services.
 * A use case is called only when its route is, so a test that only lists the routes may leave them null.
 *
 * @param submit           {@code POST /requests}
 * @param show             {@code GET /requests/{id}}
 * @param worklist         {@code GET /requests}
 * @param accept           {@code accept}
 * @param refuseIntake     {@code refuse-intake}
 * @param assign           {@code assign}
 * @param startReview      {@code start-review}
 * @param approve          {@code approve}
 * @param refuse           {@code refuse}
 * @param markReady        {@code mark-ready}
 * @param issue            {@code issue}
 * @param handOver         {@code hand-over}
 * @param returnToProvider {@code return-to-provider}
 * @param reRequest        {@code re-request}
 * @param withdraw         {@code withdraw}
 */
public record RequestUseCases(SubmitRequestUseCase submit, ShowRequestUseCase show, WorklistUseCase worklist,
                              AcceptRequestUseCase accept, RefuseIntakeUseCase refuseIntake, AssignExecutorUseCase assign,
                              StartReviewUseCase startReview, ApproveRequestUseCase approve, RefuseRequestUseCase refuse,
                              MarkResultReadyUseCase markReady, IssueResultUseCase issue,
                              HandOverToStateCorporationUseCase handOver, ReturnToProviderUseCase returnToProvider,
                              ReRequestResultUseCase reRequest, WithdrawRequestUseCase withdraw) {
}
