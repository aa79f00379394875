package kz.qyzmet.benchmarks.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.adapters.persistence.jdbc.JdbcRequestRepository;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.benchmarks.city.CityLoad;
import kz.qyzmet.benchmarks.city.CityYear;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.embedded.Qyzmet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Restoring requests from their stored rows, as the JDBC store does for every worklist, report and pass of the deadline
 * watch (docs/BENCHMARKS.md, issue 17, "Restoring a request"). The store is an in-memory H2 database holding a small
 * city's year ({@link CityYear}, seed 17, 2,000 requests: submitted, accepted with the regulation's steps and the
 * deadline's explanation, assigned, reviewed, decided, issued, with the watch's warnings), so that the SQL is a small
 * share of each call and what is measured is mostly reading the rows' JSON back into requests.
 *
 * <ul>
 *   <li>{@link #oneRequest}: one request by its id (the request and its history in one statement), the requests taken
 *       in turn;</li>
 *   <li>{@link #openPage}: a page of 50 open requests with a deadline, as the deadline watch walks them (its pages are
 *       of 200) and as a worklist page holds them, the pages taken in turn;</li>
 *   <li>{@link #oneRequestExplained}: one request by its id, and its deadline's explanation read (what the request's
 *       own page shows).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RestoreBenchmark {

    /** Requests in the stored city. */
    static final int REQUESTS = 2_000;
    /** Requests per page of {@link #openPage}. */
    static final int PAGE = 50;

    private JdbcStorage storage;
    /** One repository for the trial, as the server holds one: each repository reads with a JSON mapper of its own. */
    private JdbcRequestRepository repository;
    private List<RequestId> ids;
    private List<RequestId> pageStarts;
    private int next;
    private int nextPage;

    @Setup(Level.Trial)
    public void store() throws SQLException {
        storage = JdbcStorage.connect("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        repository = storage.requests();
        CityYear year = CityYear.of2025(Qyzmet.builder().build().deadlinePolicy(), 17);
        CityLoad.into(repository, year, REQUESTS);
        ids = new ArrayList<>();
        try (Connection connection = storage.dataSource().getConnection(); Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM service_requests ORDER BY id")) {
            while (rows.next()) {
                ids.add(new RequestId(rows.getObject(1, UUID.class)));
            }
        }
        if (ids.size() != REQUESTS) {
            throw new IllegalStateException("setup: " + ids.size() + " requests stored, not " + REQUESTS);
        }
        // the first id of every full page of open requests, as the watch would start each page
        pageStarts = new ArrayList<>();
        RequestId after = null;
        for (List<ServiceRequest> page = repository.findOpenWithDeadline(null, PAGE); page.size() == PAGE;
             page = repository.findOpenWithDeadline(after, PAGE)) {
            pageStarts.add(after);
            after = page.get(PAGE - 1).id();
        }
        if (pageStarts.isEmpty()) {
            throw new IllegalStateException("setup: fewer than " + PAGE + " open requests with a deadline");
        }
        System.out.printf("%n# %,d requests stored, %d full pages of %d open requests%n", ids.size(), pageStarts.size(), PAGE);
    }

    @TearDown(Level.Trial)
    public void close() {
        storage.close();
    }

    @Benchmark
    public ServiceRequest oneRequest() {
        return repository.find(nextId()).orElseThrow();
    }

    @Benchmark
    public List<ServiceRequest> openPage() {
        RequestId after = pageStarts.get(nextPage);
        nextPage = (nextPage + 1) % pageStarts.size();
        return repository.findOpenWithDeadline(after, PAGE);
    }

    @Benchmark
    public int oneRequestExplained() {
        ServiceRequest request = repository.find(nextId()).orElseThrow();
        return request.deadline().map(deadline -> deadline.explanation().lines().size()).orElse(0);
    }

    private RequestId nextId() {
        RequestId id = ids.get(next);
        next = (next + 1) % ids.size();
        return id;
    }
}
