package kz.qyzmet.adapters.rest.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.adapters.rest.parameter.DayParameter;
import kz.qyzmet.adapters.rest.problem.BadParameterException;
import kz.qyzmet.application.catalog.port.in.ChannelRequirements;
import kz.qyzmet.application.catalog.port.in.ListRequirementsUseCase;
import kz.qyzmet.application.catalog.port.in.ListServicesUseCase;
import kz.qyzmet.application.catalog.port.in.RequirementsQuery;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.catalog.port.in.ShowStandardUseCase;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.language.Language;

/**
 * The catalog's routes: {@code GET /services}, {@code GET /services/{service}} and
 * {@code GET /services/{service}/requirements?channel=}. {@code service} takes the id or the official code;
 * {@code on=YYYY-MM-DD} selects the version in force that day (today in the provider's zone by default).
 */
public final class CatalogRoutes implements kz.qyzmet.adapters.rest.Routes {

    private final ListServicesUseCase listServices;
    private final ShowStandardUseCase showStandard;
    private final ListRequirementsUseCase listRequirements;
    private final Clock clock;
    private final ZoneId zone;
    private final Cache<Answer, byte[]> answers = Caffeine.newBuilder().maximumSize(ANSWERS_KEPT).build();

    /** How many serialized answers are kept: the catalog is immutable while the server runs, so they never go stale. */
    static final int ANSWERS_KEPT = 4_096;

    /** What an answer depends on: the route, the service and version selected, the day asked about, the channel and the language. */
    private record Answer(String route, String service, String version, LocalDate on, Channel channel, Language language) {
    }

    public CatalogRoutes(ListServicesUseCase listServices, ShowStandardUseCase showStandard,
                         ListRequirementsUseCase listRequirements, Clock clock, ZoneId zone) {
        this.listServices = Objects.requireNonNull(listServices, "listServices: required");
        this.showStandard = Objects.requireNonNull(showStandard, "showStandard: required");
        this.listRequirements = Objects.requireNonNull(listRequirements, "listRequirements: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get("/services", this::services);
        app.get("/services/{service}", this::standard);
        app.get("/services/{service}/requirements", this::requirements);
    }

    private void services(Context ctx) {
        LocalDate on = on(ctx);
        Language language = language(ctx);
        answer(ctx, new Answer("services", null, null, on, null, language),
                () -> new CatalogMapper(language).services(listServices.listServices(), on));
    }

    private void standard(Context ctx) {
        ShowStandardQuery query = new ShowStandardQuery(ctx.pathParam("service"), on(ctx), ctx.queryParam("version"));
        StandardInForce selected = showStandard.showStandard(query);
        Language language = language(ctx);
        answer(ctx, new Answer("standard", selected.service().id().value(), selected.version().id().value(), selected.on(), null, language),
                () -> new CatalogMapper(language).standard(selected));
    }

    private void requirements(Context ctx) {
        RequirementsQuery query = new RequirementsQuery(ctx.pathParam("service"), channel(ctx), on(ctx));
        ChannelRequirements requirements = listRequirements.listRequirements(query);
        Language language = language(ctx);
        StandardInForce selected = requirements.standard();
        answer(ctx, new Answer("requirements", selected.service().id().value(), selected.version().id().value(), selected.on(),
                requirements.channel(), language), () -> new CatalogMapper(language).requirements(requirements));
    }

    /** Sends the answer's JSON, serialized once per distinct answer: the catalog does not change while the server runs. */
    private void answer(Context ctx, Answer key, Supplier<Object> body) {
        byte[] json = answers.get(key, k -> ctx.jsonMapper().toJsonString(body.get(), Object.class).getBytes(StandardCharsets.UTF_8));
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }

    private static Language language(Context ctx) {
        Language language = AcceptLanguage.choose(ctx.header("Accept-Language"));
        ctx.header("Content-Language", language.tag());
        return language;
    }

    private LocalDate on(Context ctx) {
        return DayParameter.on(ctx, clock, zone);
    }

    private static Channel channel(Context ctx) {
        String channel = ctx.queryParam("channel");
        if (channel == null || channel.isBlank()) {
            throw new BadParameterException("channel", "required", "is required; one of " + List.of(Channel.values()));
        }
        try {
            return Channel.valueOf(channel.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("channel", "enum", "must be one of " + List.of(Channel.values()) + ", was '" + channel + "'");
        }
    }
}
