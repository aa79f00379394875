package kz.qyzmet.benchmarks.city;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qyzmet.adapters.persistence.jdbc.JdbcRequestRepository;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.application.report.port.in.MonthlyReportQuery;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.embedded.Qyzmet;

/**
 * The department's monthly report timed again on a city that {@link CityYearBenchmark} generated with {@code keep=true}
 * (docs/BENCHMARKS.md, "The department's month within 500 ms?"), without generating it again: a run of an hour's
 * generation can then be compared, old code against new, on the same rows. Each month is read through the use case
 * ({@code MonthlyReportQuery}, what a user waits for), then once more in parts: the store's facts
 * ({@code reportFacts}) and the counting ({@code compileFacts}) timed apart, and the query's own execution time in the
 * database ({@code EXPLAIN ANALYZE}). Reads only; changes nothing in the kept database.
 *
 * <p>Arguments, each optional: {@code url=} the kept store's JDBC URL with its schema (PostgreSQL:
 * {@code jdbc:postgresql://127.0.0.1:5432/db?currentSchema=qyzmet_bench_…}, the schema the run printed or
 * {@code \dn} shows), {@code h2=DIR} a kept H2 store's directory instead, {@code months=1,6,11,4,9,2} (the months of
 * 2025, in the order timed), {@code rounds=3} (each month timed once a round), {@code warmUp=6} (reports read first,
 * not timed).
 */
public final class KeptCityReports {

    private KeptCityReports() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("url", "", "h2", "", "months", "1,6,11,4,9,2", "rounds", "3", "warmUp", "6"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !options.containsKey(pair[0])) {
                throw new IllegalArgumentException("argument '" + arg + "': expected one of " + options.keySet() + " as name=value");
            }
            options.put(pair[0], pair[1]);
        }
        int[] months = Arrays.stream(options.get("months").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(options.get("rounds"));
        int warmUp = Integer.parseInt(options.get("warmUp"));
        try (JdbcStorage storage = options.get("h2").isEmpty()
                ? JdbcStorage.connect(options.get("url"), System.getProperty("qyzmet.bench.pg.user", "postgres"), "")
                : JdbcStorage.h2File(java.nio.file.Path.of(options.get("h2")))) {
            run(storage.requests(), months, rounds, warmUp);
        }
    }

    private static void run(JdbcRequestRepository repository, int[] months, int rounds, int warmUp) {
        Year year = Year.of(2025);
        Instant end = year.plusYears(1).atDay(1).atStartOfDay(Qyzmet.builder().build().deadlinePolicy().zone()).toInstant();
        // as CityYearBenchmark: 2 January, 09:00 in Almaty
        Instant now = end.plus(Duration.ofHours(24 + 9));
        Qyzmet qyzmet = Qyzmet.builder().repository(repository).clock(Clock.fixed(now, java.time.ZoneOffset.UTC)).build();
        MonthlyMonitoring monitoring = new MonthlyMonitoring(qyzmet.deadlinePolicy());
        ProviderId department = City.of(400).department();
        ActingUser head = new ActingUser(department.value() + "-head", Role.HEAD, department.value(), null);
        for (int i = 0; i < warmUp; i++) {
            qyzmet.reports().report(new MonthlyReportQuery(head, department.value(), YearMonth.of(2025, months[i % months.length]).toString()));
        }
        List<Long> useCase = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int number : months) {
                YearMonth month = YearMonth.of(2025, number);
                ReportCriteria criteria = new ReportCriteria(department, monitoring.start(month), monitoring.start(month.plusMonths(1)));
                long started = System.nanoTime();
                int lines = qyzmet.reports().report(new MonthlyReportQuery(head, department.value(), month.toString())).lines().size();
                long whole = System.nanoTime() - started;
                useCase.add(whole);
                started = System.nanoTime();
                List<ReportFacts> facts = repository.reportFacts(criteria);
                long read = System.nanoTime() - started;
                started = System.nanoTime();
                monitoring.compileFacts(department, month, now, facts, List.of());
                long counted = System.nanoTime() - started;
                String execution = repository.explain(criteria).stream().filter(line -> line.startsWith("Execution Time"))
                        .findFirst().orElse("Execution Time: ?");
                System.out.printf(Locale.ROOT, "round %d %s: use case %,6.0f ms (%d lines); apart: facts read %,6.0f ms (%,d rows), counted %,5.0f ms;"
                        + " SQL %s%n", round, month, whole / 1e6, lines, read / 1e6, facts.size(), counted / 1e6, execution);
            }
        }
        long[] sorted = useCase.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "the department's report through the use case, %d reports: p50 %,.0f ms, max %,.0f ms%n", sorted.length,
                sorted[(sorted.length - 1) / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
        qyzmet.close();
    }
}
