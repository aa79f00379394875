package kz.qyzmet.application.report.port.in;

import kz.qyzmet.domain.report.MonthlyReport;

/** Port in: a provider's monthly monitoring report of its state services (seed 004, due on the 1st of each month). */
public interface MonthlyReportUseCase {

    /**
     * The report of the month, compiled now.
     *
     * @throws kz.qyzmet.application.validation.InvalidCommandException if the query is invalid
     * @throws kz.qyzmet.application.report.ReportNotFoundException     if the actor may not read the provider's report
     */
    MonthlyReport report(MonthlyReportQuery query);
}
