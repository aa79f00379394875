package kz.qyzmet.adapters.rest;

import io.javalin.router.JavalinDefaultRoutingApi;

/** A group of routes of the API (catalog, calendar, deadlines …), registered on the app by {@link RestApi}. */
public interface Routes {

    void register(JavalinDefaultRoutingApi app);
}
