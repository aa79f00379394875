package kz.qyzmet.adapters.rest.openapi;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.qyzmet.adapters.rest.Routes;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of the whole API, written by hand and shipped as the
 * class-path resource {@value #RESOURCE}. It is read once, when the routes are made, so that a build without
 * it fails at start-up rather than on the first call.
 */
public final class OpenApiRoutes implements Routes {

    /** The class-path resource holding the document. */
    public static final String RESOURCE = "qyzmet/openapi.json";

    /** The path it is served at. */
    public static final String PATH = "/openapi.json";

    private final byte[] document;

    /** Reads the document from {@value #RESOURCE}; fails if it is not on the class path. */
    public OpenApiRoutes() {
        this(RESOURCE);
    }

    OpenApiRoutes(String resource) {
        this.document = read(resource);
    }

    private static byte[] read(String resource) {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing: no class-path resource " + resource
                        + " (it belongs in adapters-rest/src/main/resources)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document " + resource + " cannot be read", e);
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get(PATH, this::document);
    }

    private void document(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
