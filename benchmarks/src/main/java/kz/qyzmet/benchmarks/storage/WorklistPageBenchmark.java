package kz.qyzmet.benchmarks.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.rest.RestApi;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.adapters.rest.request.RequestRoutes;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.benchmarks.city.CityLoad;
import kz.qyzmet.benchmarks.city.CityYear;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.embedded.Qyzmet;
import kz.qyzmet.server.QyzmetServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A worklist page over REST (docs/BENCHMARKS.md, part 5, "A worklist page over REST"): {@code GET /requests?size=50}
 * on the REST adapter in this process, over HTTP on the loopback, as the portal (which sees every request), the pages
 * taken in turn. The store is an in-memory H2 database holding a small city's year ({@link CityYear}, seed 17, 2,000
 * requests, accepted ones with their deadline's stored explanation), so that what is measured is mostly restoring the
 * rows and writing the page's JSON, each request's deadline with its explanation in the client's language.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class WorklistPageBenchmark {

    /** The city of {@link RestoreBenchmark}, and its pages. */
    private static final int REQUESTS = RestoreBenchmark.REQUESTS;
    private static final int PAGE = RestoreBenchmark.PAGE;
    private static final String TOKEN = "worklist-benchmark";

    /** The language of the page: {@code ru} is what a client gets without {@code Accept-Language}. */
    @Param({"ru"})
    public String language;

    private JdbcStorage storage;
    private RestApi api;
    private HttpClient http;
    private int nextPage;

    @Setup(Level.Trial)
    public void serve() {
        storage = JdbcStorage.connect("jdbc:h2:mem:worklist-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Qyzmet qyzmet = Qyzmet.builder().repository(storage.requests()).build();
        CityYear year = CityYear.of2025(qyzmet.deadlinePolicy(), 17);
        CityLoad.into(storage.requests(), year, REQUESTS);
        ActingUser portal = new ActingUser("portal", Role.SYSTEM, null, null);
        ZoneId zone = qyzmet.deadlinePolicy().zone();
        api = new RestApi(List.of(
                new Authentication(token -> TOKEN.equals(token) ? Optional.of(portal) : Optional.empty(), List.of("/requests")),
                new RequestRoutes(QyzmetServer.requestUseCases(qyzmet.requests()), new JsonBodies(RestApi.objectMapper()), zone)))
                .start("127.0.0.1", 0);
        http = HttpClient.newHttpClient();
        String first = page(1);
        if (!first.contains("\"explanation\"")) {
            throw new IllegalStateException("setup: the first page shows no deadline's explanation: " + first.substring(0, Math.min(400, first.length())));
        }
        System.out.printf("%n# %,d requests stored; a page of %d is %,d bytes of JSON%n", REQUESTS, PAGE, first.length());
    }

    @TearDown(Level.Trial)
    public void close() {
        api.stop();
        storage.close();
    }

    @Benchmark
    public int pageOf50() {
        nextPage = nextPage % (REQUESTS / PAGE) + 1;
        return page(nextPage).length();
    }

    private String page(int page) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/requests?size=" + PAGE + "&page=" + page))
                .header("Authorization", "Bearer " + TOKEN).header("Accept-Language", language).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /requests page " + page + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
