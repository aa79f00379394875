package kz.qyzmet.benchmarks.city;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.adapters.persistence.jdbc.JdbcRequestRepository;
import kz.qyzmet.application.report.port.in.MonthlyReportQuery;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.WatchDeadlinesUseCase;
import kz.qyzmet.application.request.port.in.WorklistQuery;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.benchmarks.storage.SubmitAcceptBenchmark;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.report.MonthlyReport;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;

/**
 * One city's year at full size (docs/BENCHMARKS.md, "One city's year"): generates the city into a new H2 directory or
 * PostgreSQL schema through the store's bulk path, checks that the store counts what was generated, then times what
 * users and the scheduler do at the end of the year — a provider's worklist, the overdue and at-risk worklists, a
 * provider's monthly report, two passes of the deadline watch (printing how many requests each read) — through the use cases of
 * the bundled server's wiring, prints percentiles, the department's report read whole and as facts interleaved month by
 * month (and whether each pair gave the same report), the old generation after a full collection before and after, and
 * the {@code EXPLAIN ANALYZE} plans of the queries. Everything it created is deleted at the end.
 *
 * <p>Arguments, each optional: {@code store=h2|postgres} (h2), {@code requests=N} (1000000), {@code seed=N} (17),
 * {@code samples=N} (500, per worklist), {@code departmentReports=N} (12: the department's report reads a quarter of the city,
 * about a minute a call at a million requests, so a run may take fewer), {@code keep=true} to leave the database for a closer look (false: deleted),
 * {@code dir=D} the directory under which the H2 store's own directory is made (the system's temporary directory). PostgreSQL is {@code -Dqyzmet.bench.pg.url} ({@code
 * jdbc:postgresql://127.0.0.1:5432/test}), user {@code -Dqyzmet.bench.pg.user} (postgres).
 */
public final class CityYearBenchmark {

    private static final Year YEAR = Year.of(2025);
    private static final int BODIES = 400;
    private static final int PAGE = 50;

    private CityYearBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>(Map.of("store", "h2", "requests", "1000000", "seed", "17", "samples", "500", "keep", "false",
                "departmentReports", "12", "dir", System.getProperty("java.io.tmpdir")));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !options.containsKey(pair[0])) {
                throw new IllegalArgumentException("argument '" + arg + "': expected one of " + options.keySet() + " as name=value");
            }
            options.put(pair[0], pair[1]);
        }
        int requests = Integer.parseInt(options.get("requests"));
        int samples = Integer.parseInt(options.get("samples"));
        long seed = Long.parseLong(options.get("seed"));
        int departmentReports = Integer.parseInt(options.get("departmentReports"));
        SubmitAcceptBenchmark.Store store = SubmitAcceptBenchmark.Store.open(options.get("store"), java.nio.file.Path.of(options.get("dir")));
        if (Boolean.parseBoolean(options.get("keep"))) {
            System.out.println("# keep=true: the generated database stays; delete it yourself");
            run(store, options.get("store"), requests, samples, departmentReports, seed);
            return;
        }
        try (store) {
            run(store, options.get("store"), requests, samples, departmentReports, seed);
        }
        System.out.println("# deleted what was generated");
    }

    private static void run(SubmitAcceptBenchmark.Store store, String kind, int requests, int samples, int departmentReports, long seed)
            throws SQLException {
        JdbcRequestRepository repository = (JdbcRequestRepository) store.repository();
        City city = City.of(BODIES);
        Instant end = YEAR.plusYears(1).atDay(1).atStartOfDay(Qyzmet.builder().build().deadlinePolicy().zone()).toInstant().minusSeconds(1);
        // the server is looked at on the first morning after the year: 2 January, 09:00 in Almaty
        Instant now = end.plusSeconds(1).plus(Duration.ofHours(24 + 9));
        Qyzmet qyzmet = Qyzmet.builder().repository(repository).clock(Clock.fixed(now, java.time.ZoneOffset.UTC)).build();
        CityYear year = new CityYear(city, ServiceMix.city(), JsonCatalogSource.builtIn().catalog(), qyzmet.deadlinePolicy(), YEAR, seed);

        System.out.printf(Locale.ROOT, "# %s: generating %,d requests of %d, %d bodies%n", kind, requests, YEAR.getValue(), city.bodies());
        long started = System.nanoTime();
        CityCounts counts = CityLoad.into(repository, year, requests);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "# generated and stored in %.1f s (%,.0f requests/s)%n%s%n", seconds, requests / seconds, counts);
        check(store.dataSource(), counts);
        long analyzed = System.nanoTime();
        execute(store.dataSource(), "ANALYZE");
        System.out.printf(Locale.ROOT, "# ANALYZE in %.1f s%n", (System.nanoTime() - analyzed) / 1e9);
        System.out.printf(Locale.ROOT, "# old generation after a full GC, before: %.1f MB%n", oldGenerationAfterGc());

        Random random = new Random(seed);
        List<ProviderId> providers = city.providers();
        ProviderId school = city.schools().get(0);
        ProviderId department = city.department();
        IntFunction<ProviderId> anyProvider = i -> providers.get(random.nextInt(providers.size()));
        time("worklist, any provider, all states, first page of " + PAGE, samples,
                i -> worklist(qyzmet, anyProvider.apply(i), Set.of(), false, false));
        time("worklist, any provider, open states", samples,
                i -> worklist(qyzmet, anyProvider.apply(i), open(), false, false));
        time("worklist, the department (" + counts.byProvider().get(department.value()) + " requests), all states", samples,
                i -> worklist(qyzmet, department, Set.of(), false, false));
        time("overdue worklist, any provider", samples, i -> worklist(qyzmet, anyProvider.apply(i), Set.of(), true, false));
        time("overdue worklist, the department", samples, i -> worklist(qyzmet, department, Set.of(), true, false));
        time("at-risk worklist, any provider", samples, i -> worklist(qyzmet, anyProvider.apply(i), Set.of(), false, true));
        time("at-risk worklist, the department", samples, i -> worklist(qyzmet, department, Set.of(), false, true));
        time("overdue worklist, a State Corporation operator (the whole city)", samples, i -> qyzmet.requests().queries().worklist(new WorklistQuery(
                new ActingUser(city.offices().get(0).value(), Role.STATE_CORPORATION_OPERATOR, null, null), null, Set.of(), true, false, 1, PAGE)).requests().size());
        int reports = Math.max(12, samples / 10);
        time("monthly report, any school or kindergarten, any month", reports, i -> report(qyzmet, anyProvider.apply(i), YearMonth.of(2025, 1 + random.nextInt(12))));
        time("monthly report, the department, any month", 1, departmentReports, i -> report(qyzmet, department, YearMonth.of(2025, 1 + i % 12)));
        wholeAgainstFacts(qyzmet, repository, department, departmentReports, now);
        System.out.printf(Locale.ROOT, "# old generation after a full GC, after the worklists and reports: %.1f MB%n", oldGenerationAfterGc());
        for (int pass = 1; pass <= 2; pass++) {
            long watchStarted = System.nanoTime();
            WatchDeadlinesUseCase.WatchReport report = qyzmet.requests().deadlineWatch().watch();
            System.out.printf(Locale.ROOT, "deadline watch, pass %d: %.2f s, %,d requests read and restored (open with a deadline at the end"
                            + " of the year: %,d), %s%n", pass, (System.nanoTime() - watchStarted) / 1e9, report.checked(), counts.openWithDeadline(),
                    report);
        }
        System.out.printf(Locale.ROOT, "# old generation after a full GC, after the watch: %.1f MB%n", oldGenerationAfterGc());

        AtRiskShare share = AtRiskShare.DEFAULT;
        plan("worklist, a school, all states", repository.explain(WorklistCriteria.ofProvider(school, Set.of(), PAGE)));
        plan("worklist, the department, all states", repository.explain(WorklistCriteria.ofProvider(department, Set.of(), PAGE)));
        plan("worklist, a school, open states", repository.explain(WorklistCriteria.ofProvider(school, open(), PAGE)));
        plan("overdue worklist, the department", repository.explain(new WorklistCriteria(department, null, null, Set.of(), now, null, null, false, 0, PAGE)));
        plan("at-risk worklist, the department", repository.explain(new WorklistCriteria(department, null, null, Set.of(), null, now, share, false, 0, PAGE)));
        plan("overdue worklist, State Corporation", repository.explain(new WorklistCriteria(null, null, null, Set.of(), now, null, null, true, 0, PAGE)));
        plan("deadline watch, first page (the requests due for it)", repository.explainDueForWatch(now, share, null, 200));
        plan("every open request with a deadline, first page (the walk the watch made before)", repository.explainOpenWithDeadline(null, 200));
        MonthlyMonitoring monitoring = new MonthlyMonitoring(qyzmet.deadlinePolicy());
        YearMonth june = YearMonth.of(2025, 6);
        plan("monthly report, a school, June", repository.explain(new ReportCriteria(school, monitoring.start(june), monitoring.start(june.plusMonths(1)))));
        plan("monthly report, the department, June", repository.explain(new ReportCriteria(department, monitoring.start(june), monitoring.start(june.plusMonths(1)))));
        plan("monthly report, the department, June, whole requests (before V18)",
                repository.explainWholeReport(new ReportCriteria(department, monitoring.start(june), monitoring.start(june.plusMonths(1)))));
        qyzmet.close();
    }

    /**
     * The department's report both ways, interleaved month by month on the same data and load: from the whole requests
     * ({@code find} and {@code compile}, the path before V18) and from the facts the rows keep ({@code reportFacts} and
     * {@code compileFacts}, the use case's path); each pair is compared and said to be the same report or not.
     */
    private static void wholeAgainstFacts(Qyzmet qyzmet, JdbcRequestRepository repository, ProviderId department, int months, Instant now) {
        MonthlyMonitoring monitoring = new MonthlyMonitoring(qyzmet.deadlinePolicy());
        long[] whole = new long[months];
        long[] facts = new long[months];
        for (int i = 0; i < months; i++) {
            YearMonth month = YearMonth.of(2025, 1 + (i * 5) % 12);
            ReportCriteria criteria = new ReportCriteria(department, monitoring.start(month), monitoring.start(month.plusMonths(1)));
            long started = System.nanoTime();
            MonthlyReport fromWhole = monitoring.compile(department, month, now, repository.find(criteria), List.of());
            whole[i] = System.nanoTime() - started;
            started = System.nanoTime();
            MonthlyReport fromFacts = monitoring.compileFacts(department, month, now, repository.reportFacts(criteria), List.of());
            facts[i] = System.nanoTime() - started;
            System.out.printf(Locale.ROOT, "department report %s: whole requests %,.0f ms, facts %,.0f ms (ratio %.1f), %s (%d lines)%n",
                    month, whole[i] / 1e6, facts[i] / 1e6, whole[i] / (double) facts[i],
                    fromWhole.equals(fromFacts) ? "same report" : "REPORTS DIFFER", fromFacts.lines().size());
        }
        Arrays.sort(whole);
        Arrays.sort(facts);
        System.out.printf(Locale.ROOT, "department report, %d months interleaved: whole requests p50 %,.0f ms max %,.0f ms; facts p50 %,.0f ms max %,.0f ms%n",
                months, ms(whole, 0.5), whole[months - 1] / 1e6, ms(facts, 0.5), facts[months - 1] / 1e6);
    }

    private static Set<RequestStatus> open() {
        return Set.of(RequestStatus.ACCEPTED, RequestStatus.ASSIGNED, RequestStatus.IN_REVIEW, RequestStatus.APPROVED, RequestStatus.RESULT_READY);
    }

    private static int worklist(Qyzmet qyzmet, ProviderId provider, Set<RequestStatus> statuses, boolean overdue, boolean atRisk) {
        ActingUser head = new ActingUser(provider.value() + "-head", Role.HEAD, provider.value(), null);
        return qyzmet.requests().queries().worklist(new WorklistQuery(head, provider.value(), statuses, overdue, atRisk, 1, PAGE)).requests().size();
    }

    private static int report(Qyzmet qyzmet, ProviderId provider, YearMonth month) {
        ActingUser head = new ActingUser(provider.value() + "-head", Role.HEAD, provider.value(), null);
        return qyzmet.reports().report(new MonthlyReportQuery(head, provider.value(), month.toString())).lines().size();
    }

    /** Runs the call a tenth of the samples (at least 5) to warm up, then the samples, and prints the percentiles. */
    private static void time(String what, int samples, IntFunction<Integer> call) {
        time(what, Math.max(5, samples / 10), samples, call);
    }

    /** Runs the call {@code warmUp} times, then the samples, and prints the percentiles. */
    private static void time(String what, int warmUp, int samples, IntFunction<Integer> call) {
        long rows = 0;
        for (int i = 0; i < warmUp; i++) {
            rows += call.apply(i);
        }
        long[] nanos = new long[samples];
        rows = 0;
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            rows += call.apply(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-75s n=%4d  p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (%.1f rows per call)%n", what, samples,
                ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[samples - 1] / 1e6, rows / (double) samples);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void plan(String what, List<String> lines) {
        System.out.println("## plan: " + what);
        lines.forEach(line -> System.out.println("    " + line));
    }

    /** The store counts by status what was generated, and holds every event. */
    private static void check(DataSource dataSource, CityCounts counts) throws SQLException {
        Map<RequestStatus, Long> stored = new EnumMap<>(RequestStatus.class);
        long events;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT status, COUNT(*) FROM service_requests GROUP BY status")) {
                while (rows.next()) {
                    stored.put(RequestStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM request_events")) {
                rows.next();
                events = rows.getLong(1);
            }
        }
        if (!stored.equals(new EnumMap<>(counts.byStatus())) || events != counts.events()) {
            throw new IllegalStateException("the store holds " + stored + " and " + events + " events, not what was generated: " + counts);
        }
        System.out.println("# the store's counts by status and of events match the generated ones");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The old generation's use right after a full collection, in MB. */
    private static double oldGenerationAfterGc() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old Gen")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used / (1024.0 * 1024.0);
    }
}
