package kz.qyzmet.application.request.port.in;

/** Use case: take the request in: the intake check against the standard in force; with no reason to refuse, acceptance with a receipt and deadlines, otherwise refusal at intake listing every reason. */
public interface AcceptRequestUseCase {

    /**
     * @throws kz.qyzmet.application.validation.InvalidCommandException     if the command is invalid
     * @throws kz.qyzmet.application.request.RequestNotFoundException       if the actor may not see the request
     * @throws kz.qyzmet.domain.request.IllegalTransitionException          if the request's state does not allow it
     * @throws kz.qyzmet.domain.request.ForbiddenActionException            if the actor's role may not do it
     * @throws kz.qyzmet.application.request.StaleRevisionException         if the expected revision is not the current one
     * @throws kz.qyzmet.application.request.ConcurrentUpdateException      if another change was stored first
     */
    RequestView accept(RequestActionCommand command);
}
