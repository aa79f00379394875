package kz.qyzmet.adapters.rest.parameter;

import io.javalin.http.Context;
import java.util.UUID;
import kz.qyzmet.adapters.rest.problem.BadParameterException;

/** The {@code {id}} path parameter of the request routes: a request id, a UUID; anything else is a 400 naming {@code id}. */
public final class RequestIdParameter {

    private RequestIdParameter() {
    }

    public static UUID of(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new BadParameterException("id", "uuid", "must be a request id (a UUID), was '"
                    + BadParameterException.shown(id) + "'");
        }
        return UUID.fromString(id);
    }
}
