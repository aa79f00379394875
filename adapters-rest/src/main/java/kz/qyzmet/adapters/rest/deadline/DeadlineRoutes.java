package kz.qyzmet.adapters.rest.deadline;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.qyzmet.adapters.rest.catalog.TermJson;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.application.deadline.port.in.DeadlinePreview;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineQuery;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineUseCase;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.ServiceCode;
import kz.qyzmet.domain.deadline.ExplanationText;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.language.Language;

/**
 * {@code POST /deadlines/preview}: the acceptance moment, the due moment and the explanation of a request
 * for a service, a channel and a received-at moment, with the planned step deadlines.
 */
public final class DeadlineRoutes implements kz.qyzmet.adapters.rest.Routes {

    private final PreviewDeadlineUseCase preview;
    private final JsonBodies bodies;
    private final ZoneId zone;

    public DeadlineRoutes(PreviewDeadlineUseCase preview, JsonBodies bodies, ZoneId zone) {
        this.preview = Objects.requireNonNull(preview, "preview: required");
        this.bodies = Objects.requireNonNull(bodies, "bodies: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.post("/deadlines/preview", this::preview);
    }

    /** The body of a preview request. */
    record PreviewRequest(String service, Channel channel, OffsetDateTime receivedAt, OfficeLocation filedAt, OfficeKind officeKind) {
    }

    /** The answer. */
    record PreviewResponse(String service, String code, String version, String channel, OffsetDateTime receivedAt,
                           OffsetDateTime acceptedAt, String acceptance, OffsetDateTime dueAt, List<String> explanation,
                           List<Step> steps) {
    }

    record Step(int number, String role, Map<String, Object> duration, OffsetDateTime startsAt, OffsetDateTime dueAt) {
    }

    private void preview(Context ctx) {
        PreviewRequest request = bodies.read(ctx, PreviewRequest.class);
        DeadlinePreview answer = preview.preview(new PreviewDeadlineQuery(request.service(), request.channel(), request.receivedAt(),
                request.filedAt(), request.officeKind()));
        Language language = AcceptLanguage.choose(ctx.header("Accept-Language"));
        ctx.header("Content-Language", language.tag());
        ExplanationText text = new ExplanationText(language, zone);
        var deadline = answer.deadline();
        ctx.json(new PreviewResponse(
                answer.standard().service().id().value(),
                answer.standard().service().officialCode().map(ServiceCode::value).orElse(null),
                answer.standard().version().id().value(),
                answer.channel().name(),
                local(deadline.acceptance().receivedAt()),
                local(deadline.acceptance().acceptedAt()),
                deadline.acceptance().reason().name(),
                local(deadline.dueAt()),
                text.render(deadline.explanation()),
                answer.steps().stream().map(this::step).toList()));
    }

    private Step step(StepDeadline step) {
        return new Step(step.number(), step.step().role().name(), TermJson.of(step.step().duration()), local(step.startsAt()),
                local(step.dueAt()));
    }

    private OffsetDateTime local(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
