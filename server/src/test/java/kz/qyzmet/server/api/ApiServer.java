package kz.qyzmet.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qyzmet.adapters.rest.auth.TokenFile;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.ServerConfig;

/**
 * The bundled server on a random port with its embedded database in a temporary directory, and a token file
 * written before it starts, so that the tests know the tokens of each user. Calls return status, headers
 * and the parsed body.
 */
public final class ApiServer implements AutoCloseable {

    public static final String APPLICANT_IIN = "061211600012";
    public static final String OTHER_IIN = "960315300011";

    /** The users the tests act as, by account name. */
    public static final List<ActingUser> USERS = List.of(
            new ActingUser("aigerim", Role.APPLICANT, null, APPLICANT_IIN),
            new ActingUser("nurlan", Role.APPLICANT, null, OTHER_IIN),
            new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null),
            new ActingUser("director", Role.HEAD, "school-1", null),
            new ActingUser("teacher", Role.EXECUTOR, "school-1", null),
            new ActingUser("clerk2", Role.INTAKE_OFFICER, "school-2", null),
            new ActingUser("director2", Role.HEAD, "school-2", null),
            new ActingUser("operator", Role.STATE_CORPORATION_OPERATOR, null, null),
            new ActingUser("portal", Role.SYSTEM, null, null));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final QyzmetServer server;
    private final Map<String, String> tokens;

    private ApiServer(QyzmetServer server, Map<String, String> tokens) {
        this.server = server;
        this.tokens = tokens;
    }

    /** Starts a server keeping its data in the directory, at the clock's time, in Asia/Almaty. */
    public static ApiServer start(Path dataDir, Clock clock) {
        Map<String, String> tokens = TokenFile.create(dataDir.resolve(QyzmetServer.TOKENS_FILE), USERS).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().user(), Map.Entry::getValue));
        QyzmetServer server = QyzmetServer.start(new ServerConfig(0, "127.0.0.1", dataDir, null, null, ZoneId.of("Asia/Almaty"), null), clock);
        return new ApiServer(server, tokens);
    }

    public int port() {
        return server.port();
    }

    /** The bearer token of a user of {@link #USERS}. */
    public String token(String user) {
        String token = tokens.get(user);
        if (token == null) {
            throw new IllegalArgumentException("no test user " + user);
        }
        return token;
    }

    /** An answer: status, headers, the body as text and, when it is JSON, parsed. */
    public record Answer(int status, HttpResponse<String> response, JsonNode body) {

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    /** A call: method, path, body (null for none), headers as name/value pairs. */
    public Answer call(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !text.isEmpty()) {
                json = JSON.readTree(text);
            }
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call as a user, with a JSON body (or none). */
    public Answer as(String user, String method, String path, String jsonBody, String... headers) {
        String[] all = new String[headers.length + (jsonBody == null ? 2 : 4)];
        all[0] = "Authorization";
        all[1] = "Bearer " + token(user);
        if (jsonBody != null) {
            all[2] = "Content-Type";
            all[3] = "application/json";
        }
        System.arraycopy(headers, 0, all, jsonBody == null ? 2 : 4, headers.length);
        return call(method, path, jsonBody, all);
    }

    /** Submits a request as a user with an idempotency key; the body is JSON. */
    public Answer submit(String user, String key, String jsonBody) {
        return as(user, "POST", "/requests", jsonBody, "Idempotency-Key", key);
    }

    /** Takes an action on a request as a user. */
    public Answer act(String user, String requestId, String action, String jsonBody, String... headers) {
        return as(user, "POST", "/requests/" + requestId + "/" + action, jsonBody, headers);
    }

    /** The server, for tests of its lifecycle. */
    public QyzmetServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
