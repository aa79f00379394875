package kz.qyzmet.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.util.JavalinException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.LoggerFactory;
import java.util.Map;
import java.util.Objects;
import kz.qyzmet.adapters.rest.problem.ProblemResponses;
import kz.qyzmet.adapters.rest.problem.JettyErrors;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import kz.qyzmet.adapters.rest.problem.RequestIds;

/**
 * The HTTP API of Qyzmet on Javalin: JSON over HTTP, RFC 9457 problem documents for every error, texts in
 * Kazakh, Russian or English by {@code Accept-Language}. It only translates between HTTP and the
 * application's use cases, which it is handed ready-made.
 */
public final class RestApi {

    private final Javalin app;

    /** The largest request body accepted; larger ones are answered with 413. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    /** The longest request line and the largest header block accepted: longer ones are answered 414 / 431. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    /** How long a connection may stay silent — mid-request or between requests — before it is closed. */
    public static final long IDLE_TIMEOUT_MILLIS = 10_000;

    /** The slowest a body may arrive, in bytes per second, before the request is answered 408 and closed. */
    public static final long MIN_REQUEST_BYTES_PER_SECOND = 256;

    /** The most connections open at once; beyond that the server stops accepting until one closes. */
    public static final int MAX_CONNECTIONS = 1_000;

    /** How long {@link #stop()} waits for requests in flight to finish. */
    public static final long STOP_TIMEOUT_MILLIS = 30_000;

    /** The API on the given routes; a problem that names a moment names it in UTC (prefer {@link #RestApi(List, ZoneId)}). */
    public RestApi(List<Routes> routes) {
        this(routes, ZoneOffset.UTC);
    }

    /**
     * The API on the given routes.
     *
     * @param zone the providers' time zone, in which a problem document names a moment, as the routes name theirs
     */
    public RestApi(List<Routes> routes, ZoneId zone) {
        Objects.requireNonNull(routes, "routes: required");
        Objects.requireNonNull(zone, "zone: required");
        ObjectMapper json = objectMapper();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            config.http.defaultContentType = "application/json";
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.requestLogger.http(AccessLog::write);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                http.setSendServerVersion(false);
                // a slow client is cut off by its data rate, not only by silence
                http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            });
            config.jetty.modifyServer(server -> {
                // Jetty stops gracefully only with a StatisticsHandler counting the requests in flight (its
                // MinimumDataRateHandler, a StatisticsHandler too, once left a stop waiting 30 s for a finished request)
                server.setHandler(new StatisticsHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setErrorHandler(new JettyErrors(json, MAX_HEADER_BYTES, MAX_HEADER_BYTES, MAX_BODY_BYTES));
                server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
            });
            RequestIds.register(config.routes);
            new ProblemResponses(json, MAX_BODY_BYTES, zone).register(config.routes);
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
            routes.forEach(group -> group.register(config.routes));
        });
    }

    /** The JSON settings of the API: ISO-8601 dates, no timestamps as numbers. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /**
     * Every route registered, as method and path in Javalin's syntax ({@code "GET /services/{service}"}),
     * sorted: read from Javalin's router, so that it is what the server really answers. Before and after
     * handlers, HEAD and OPTIONS are left out.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod()
                        && endpoint.method != HandlerType.HEAD && endpoint.method != HandlerType.OPTIONS)
                .map(RestApi::route)
                .distinct()
                .sorted()
                .toList();
    }

    private static String route(Endpoint endpoint) {
        return endpoint.method.name() + " " + endpoint.path;
    }

    /** Starts listening; port 0 picks a free port. Returns this API. */
    public RestApi start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port it listens on, once started. */
    public int port() {
        return app.port();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish (up to 30 s), then stops — after those
     * 30 s without them: a stop that timed out is logged, not thrown, so that whoever stops the API (the
     * bundled server closing its database next) goes on.
     */
    public void stop() {
        try {
            app.stop();
        } catch (JavalinException e) {
            if (!(e.getCause() instanceof TimeoutException)) {
                throw e;
            }
            LoggerFactory.getLogger(RestApi.class).warn("Requests still in flight after {} ms: stopped without waiting longer",
                    STOP_TIMEOUT_MILLIS);
        }
    }
}
