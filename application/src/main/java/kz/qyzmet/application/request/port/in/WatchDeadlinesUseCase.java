package kz.qyzmet.application.request.port.in;

/**
 * Use case: the system's periodic deadline watch. For every open request with a deadline it raises, once
 * each, an "at risk" and an "overdue" warning for the overall term and for each open step of the
 * regulation, and returns to the provider the results the State Corporation kept one month without their
 * being collected (seed 002, field 5; seed 003, regulation 3). Safe to run again at any time: what was
 * raised is in the stored history.
 */
public interface WatchDeadlinesUseCase {

    WatchReport watch();

    /**
     * What one run did.
     *
     * @param checked  open requests with a deadline looked at
     * @param atRisk   "at risk" warnings raised
     * @param overdue  "overdue" warnings raised
     * @param returned results returned to the provider after the month at the State Corporation
     * @param deferred requests changed by someone else meanwhile, left for the next run
     */
    record WatchReport(int checked, int atRisk, int overdue, int returned, int deferred) {
    }
}
