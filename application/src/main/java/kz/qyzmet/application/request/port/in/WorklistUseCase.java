package kz.qyzmet.application.request.port.in;

/** Use case: worklists by provider, role, status, overdue and at risk. */
public interface WorklistUseCase {

    /** @throws kz.qyzmet.application.validation.InvalidCommandException if the query is invalid */
    Worklist worklist(WorklistQuery query);
}
