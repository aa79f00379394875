package kz.qyzmet.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.List;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.domain.language.Language;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The errors Jetty answers itself, before the application sees the request — a path with {@code %00} or
 * {@code %ZZ}, an overlong URI (414) or header (431), a request line that is not HTTP, a body that does not
 * arrive in time (408) — as problem documents like every other error, instead of Jetty's HTML page. Jetty's
 * own message never reaches the client: it may echo what the client sent.
 */
public final class JettyErrors extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JettyErrors.class);

    /** Why a request timed out: the detail of 408 answers. */
    static final String INCOMPLETE_BODY = "the body is shorter than its Content-Length, or arrived too slowly";

    private final ObjectMapper json;
    private final int maxUriBytes;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    /**
     * @param json           writes the documents
     * @param maxUriBytes    the longest request line Jetty takes, named in 414 answers
     * @param maxHeaderBytes the largest header block Jetty takes, named in 431 answers
     * @param maxBodyBytes   the largest body, named in 413 answers
     */
    public JettyErrors(ObjectMapper json, int maxUriBytes, int maxHeaderBytes, long maxBodyBytes) {
        this.json = json;
        this.maxUriBytes = maxUriBytes;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Language language = AcceptLanguage.choose(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? "/" : request.getHttpURI().getPath();
        byte[] body = document(code, language, path);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
        fields.put(new HttpField(HttpHeader.CONTENT_LANGUAGE, Language.EN.tag()));
        return ByteBuffer.wrap(document(status, Language.EN, "/"));
    }

    private byte[] document(int status, Language language, String path) {
        LOG.info("HTTP {} answered by Jetty for {}", status, status == 404 ? "an unknown path" : "a request it refused");
        Object argument = switch (type(status)) {
            case URI_TOO_LONG -> maxUriBytes;
            case HEADERS_TOO_LARGE -> maxHeaderBytes;
            case PAYLOAD_TOO_LARGE -> maxBodyBytes;
            case NOT_FOUND -> "(path)";
            case REQUEST_TIMEOUT -> INCOMPLETE_BODY;
            case METHOD_NOT_ALLOWED -> "";
            default -> "HTTP " + status;
        };
        ProblemType type = type(status);
        Object[] arguments = type == ProblemType.METHOD_NOT_ALLOWED ? new Object[] {"(path)", "(method)"} : new Object[] {argument};
        Problem problem = new Problem(type.uri(), type.title(language), status, type.detail(language, arguments),
                path.length() > 200 ? path.substring(0, 200) : path, List.of());
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem document cannot be written", e);
        }
    }

    private static ProblemType type(int status) {
        return switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 408 -> ProblemType.REQUEST_TIMEOUT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            case 503 -> ProblemType.UNAVAILABLE;
            // an unknown method or HTTP version is the client's doing, though HTTP numbers it 5xx
            case 501, 505 -> ProblemType.MALFORMED_HTTP;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_HTTP;
        };
    }
}
