package kz.qyzmet.application.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import kz.qyzmet.application.report.port.in.MonthlyReportQuery;
import kz.qyzmet.application.report.port.in.MonthlyReportUseCase;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.application.visit.port.out.CounterVisits;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.report.MonthlyReport;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ProviderId;

/**
 * Compiles monthly monitoring reports: checks who asks (the provider's own intake officers, heads and
 * executors, or the system; anybody else is told there is no such report), reads the report facts of the requests
 * the month touches from the repository ({@link RequestRepository#reportFacts}, not the whole requests) and the visits
 * to the provider's counters served in the month, and counts them under the rules of {@link MonthlyMonitoring}.
 */
public final class MonthlyReports implements MonthlyReportUseCase {

    private final RequestRepository repository;
    private final CounterVisits visits;
    private final MonthlyMonitoring monitoring;
    private final CommandValidator validator;
    private final Clock clock;

    public MonthlyReports(RequestRepository repository, DeadlinePolicy deadlines, CommandValidator validator, Clock clock) {
        this(repository, CounterVisits.NONE, deadlines, validator, clock);
    }

    public MonthlyReports(RequestRepository repository, CounterVisits visits, DeadlinePolicy deadlines, CommandValidator validator,
                          Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository: required");
        this.visits = Objects.requireNonNull(visits, "visits: required");
        this.monitoring = new MonthlyMonitoring(deadlines);
        this.validator = Objects.requireNonNull(validator, "validator: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
    }

    @Override
    public MonthlyReport report(MonthlyReportQuery query) {
        validator.valid(query);
        Actor actor = query.actor().toActor();
        ProviderId provider = ProviderId.of(query.provider());
        if (!mayRead(actor, provider)) {
            throw new ReportNotFoundException(query.provider());
        }
        YearMonth month = query.yearMonth();
        ReportCriteria criteria = new ReportCriteria(provider, monitoring.start(month), monitoring.start(month.plusMonths(1)));
        return monitoring.compileFacts(provider, month, clock.instant(), repository.reportFacts(criteria),
                visits.servedBetween(provider, criteria.from(), criteria.to()));
    }

    private static boolean mayRead(Actor actor, ProviderId provider) {
        return switch (actor.role()) {
            case INTAKE_OFFICER, HEAD, EXECUTOR -> provider.equals(actor.provider());
            case SYSTEM -> true;
            case APPLICANT, STATE_CORPORATION_OPERATOR -> false;
        };
    }
}
