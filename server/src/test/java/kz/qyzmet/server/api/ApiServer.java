package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.qyzmet.adapters.persistence.registry.InMemoryMobileCitizens;
import kz.qyzmet.adapters.rest.auth.TokenFile;
import kz.qyzmet.adapters.signature.SigningAuthority;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.domain.catalog.Channel;
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

    /** A valid submission by the clerk of school-1: a duplicate of an education document, at the school. */
    public static final String SUBMISSION = """
            {"service":"803005","channel":"PROVIDER_OFFICE","provider":"school-1","applicantIin":"061211600012",\
            "documents":[{"code":"application"},{"code":"identity-document"}],"personalDataConsent":true}""";
    /** A valid submission by the operator at the State Corporation. */
    public static final String STATE_CORPORATION_SUBMISSION = """
            {"service":"education-document-duplicate","channel":"STATE_CORPORATION","provider":"school-1",\
            "applicantIin":"061211600012","documents":[{"code":"application"},{"code":"identity-document"}],\
            "personalDataConsent":true}""";

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
            new ActingUser("portal", Role.SYSTEM, null, null),
            new ActingUser("platform", Role.SYSTEM, null, null, Channel.PLATFORM),
            new ActingUser("mobile", Role.SYSTEM, null, null, Channel.MOBILE));

    /** The test certification authority, trusted by every test server (its certificate is written to the data directory's trust/). */
    public static final SigningAuthority TEST_CA = SigningAuthority.create("Qyzmet test CA", Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2040-01-01T00:00:00Z"));
    private static final Map<String, SigningAuthority.Signer> SIGNERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A guard against a server that never answers, so that a test fails instead of hanging. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final QyzmetServer server;
    private final Map<String, String> tokens;
    private final InMemoryMobileCitizens mobileCitizens;

    private ApiServer(QyzmetServer server, Map<String, String> tokens, InMemoryMobileCitizens mobileCitizens) {
        this.server = server;
        this.tokens = tokens;
        this.mobileCitizens = mobileCitizens;
    }

    /**
     * Starts a server keeping its data in the directory, at the clock's time, in Asia/Almaty, trusting
     * {@link #TEST_CA}, with a mobile citizens' database the test fills ({@link #mobileCitizens()}).
     */
    public static ApiServer start(Path dataDir, Clock clock) {
        return start(new ServerConfig(0, "127.0.0.1", dataDir, null, null, ZoneId.of("Asia/Almaty"), null), clock);
    }

    /** Starts a server with those settings (its tokens in the data directory), at the clock's time. */
    public static ApiServer start(ServerConfig config, Clock clock) {
        Map<String, String> tokens = TokenFile.create(config.dataDir().resolve(QyzmetServer.TOKENS_FILE), USERS).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().user(), Map.Entry::getValue));
        try {
            Files.createDirectories(config.dataDir().resolve(QyzmetServer.TRUST_DIR));
            Files.writeString(config.dataDir().resolve(QyzmetServer.TRUST_DIR).resolve("test-ca.pem"), SigningAuthority.pem(TEST_CA.certificate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InMemoryMobileCitizens mobileCitizens = new InMemoryMobileCitizens();
        QyzmetServer server = QyzmetServer.start(config, clock, mobileCitizens);
        return new ApiServer(server, tokens, mobileCitizens);
    }

    /** The mobile citizens' database of this server: register phones here. */
    public InMemoryMobileCitizens mobileCitizens() {
        return mobileCitizens;
    }

    /** A valid signer of {@link #TEST_CA} for the IIN (the same one per IIN, made once). */
    public static SigningAuthority.Signer signer(String iin) {
        return SIGNERS.computeIfAbsent(iin, key -> TEST_CA.issue("Test person", key, Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"), true));
    }

    /** The value of {@code Qyzmet-Signature} for a body signed by that signer. */
    public static String signature(SigningAuthority.Signer signer, String body) {
        return Base64.getEncoder().encodeToString(signer.sign(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Submits a body signed by the applicant as a user with an idempotency key (a signature of the same body and key in the same second is the same). */
    /**
     * The {@code grade} member of a submission body for a version of a service (as {@code GET /services/{id}} shows
     * it): where its intake windows name grades (school admission), the first grade the first such window names, so
     * that a day inside that window is a day the application is taken; otherwise nothing.
     */
    public static String gradeMember(JsonNode version) {
        for (JsonNode window : version.at("/intakeWindows/value")) {
            if (window.has("grades")) {
                return "\"grade\": " + window.get("grades").get(0).asInt() + ", ";
            }
        }
        return "";
    }

    public Answer submitSigned(String user, String key, String jsonBody, String signerIin) {
        return submit(user, key, jsonBody, "Qyzmet-Signature", signature(signer(signerIin), jsonBody));
    }

    /** Starts a server again on a data directory an earlier one used, keeping its token file and tokens. */
    public static ApiServer restart(Path dataDir, Clock clock, ApiServer earlier) {
        QyzmetServer server = QyzmetServer.start(new ServerConfig(0, "127.0.0.1", dataDir, null, null, ZoneId.of("Asia/Almaty"), null), clock,
                earlier.mobileCitizens);
        return new ApiServer(server, earlier.tokens, earlier.mobileCitizens);
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
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * Sends a request, once more if the client's pooled connection had been closed by the server before the request
     * went out (the server closes a connection after answering some malformed requests; the JDK client may pick
     * that connection for the next call before it notices, and then reads no bytes at all — no answer was given).
     */
    private static HttpResponse<String> sendOnLiveConnection(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A call with a body of raw bytes (null for none), for bodies that are not valid UTF-8. */
    public Answer send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(ANSWER_TIMEOUT);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = sendOnLiveConnection(request.build());
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

    /** Submits a request as a user with an idempotency key (and further headers); the body is JSON. */
    public Answer submit(String user, String key, String jsonBody, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Idempotency-Key";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return as(user, "POST", "/requests", jsonBody, all);
    }

    /** Submits a request that must be taken (201); returns its id. */
    public String submitted(String user, String key, String jsonBody) {
        Answer answer = submit(user, key, jsonBody);
        assertThat(answer.status()).as("submission by %s: %s", user, answer.response().body()).isEqualTo(201);
        return answer.body().get("id").asText();
    }

    /** Takes an action on a request as a user. */
    public Answer act(String user, String requestId, String action, String jsonBody, String... headers) {
        return as(user, "POST", "/requests/" + requestId + "/" + action, jsonBody, headers);
    }

    /**
     * Every stored request as the portal (which sees all) reads it, by id: status, revision, length of the history
     * and ETag. It pages through the worklist two at a time, checks that each request is listed once and as its own
     * page shows it.
     */
    public Map<String, String> snapshot() {
        Map<String, String> requests = new TreeMap<>();
        for (int page = 1; page < 1000; page++) {
            Answer answer = as("portal", "GET", "/requests?size=2&page=" + page, null);
            assertThat(answer.status()).as("worklist page %s", page).isEqualTo(200);
            for (JsonNode listed : answer.body().get("requests")) {
                String id = listed.get("id").asText();
                Answer shown = as("portal", "GET", "/requests/" + id, null);
                assertThat(shown.status()).as("request %s", id).isEqualTo(200);
                JsonNode request = shown.body();
                assertThat(listed.get("status").asText() + " " + listed.get("revision").asInt()).as("worklist and request %s agree", id)
                        .isEqualTo(request.get("status").asText() + " " + request.get("revision").asInt());
                String state = request.get("status").asText() + " revision " + request.get("revision").asInt()
                        + " history " + request.get("history").size() + " etag " + shown.header("ETag");
                assertThat(requests.put(id, state)).as("request %s listed once", id).isNull();
            }
            if (!answer.body().get("more").asBoolean()) {
                return requests;
            }
        }
        throw new AssertionError("the worklist has no end");
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
