package kz.qyzmet.application.request.port.in;

/** Use case: approve the request after review. */
public interface ApproveRequestUseCase {

    /**
     * @throws kz.qyzmet.application.validation.InvalidCommandException     if the command is invalid
     * @throws kz.qyzmet.application.request.RequestNotFoundException       if the actor may not see the request
     * @throws kz.qyzmet.domain.request.IllegalTransitionException          if the request's state does not allow it
     * @throws kz.qyzmet.domain.request.ForbiddenActionException            if the actor's role may not do it
     * @throws kz.qyzmet.application.request.StaleRevisionException         if the expected revision is not the current one
     * @throws kz.qyzmet.application.request.ConcurrentUpdateException      if another change was stored first
     */
    RequestView approve(RequestActionCommand command);
}
