package kz.qyzmet.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.qyzmet.adapters.rest.problem.ProblemResponses;
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

    /** How long {@link #stop()} waits for requests in flight to finish. */
    public static final long STOP_TIMEOUT_MILLIS = 30_000;

    public RestApi(List<Routes> routes) {
        Objects.requireNonNull(routes, "routes: required");
        ObjectMapper json = objectMapper();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            config.http.defaultContentType = "application/json";
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.requestLogger.http(AccessLog::write);
            config.jetty.modifyServer(server -> {
                // Jetty stops gracefully only with a StatisticsHandler counting the requests in flight
                server.setHandler(new StatisticsHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
            });
            RequestIds.register(config.routes);
            new ProblemResponses(json, MAX_BODY_BYTES).register(config.routes);
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

    /** Stops accepting connections, lets the requests in flight finish (up to 30 s), then stops. */
    public void stop() {
        app.stop();
    }
}
