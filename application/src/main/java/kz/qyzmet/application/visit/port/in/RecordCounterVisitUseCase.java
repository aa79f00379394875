package kz.qyzmet.application.visit.port.in;

import kz.qyzmet.domain.visit.CounterVisit;

/** Port in: a counter records when an applicant took a ticket, was called and was served, for the monthly report. */
public interface RecordCounterVisitUseCase {

    /**
     * Records the visit with the waiting and desk-time limits of the standard version governing the request.
     *
     * @throws kz.qyzmet.application.validation.InvalidCommandException naming the field: moments out of order or in the
     *                                                                  future, a request not served at a counter
     * @throws kz.qyzmet.application.request.RequestNotFoundException   if the request does not exist or is not the actor's
     * @throws CounterVisitNotAllowedException                          if the actor's role does not serve that counter
     */
    CounterVisit record(RecordCounterVisitCommand command);
}
