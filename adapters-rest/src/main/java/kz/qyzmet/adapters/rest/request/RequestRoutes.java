package kz.qyzmet.adapters.rest.request;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.adapters.rest.parameter.RequestIdParameter;
import kz.qyzmet.adapters.rest.problem.BadParameterException;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.adapters.rest.problem.UnknownActionException;
import kz.qyzmet.application.request.SignatureRejectedException;
import kz.qyzmet.application.request.port.in.Signing;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.AssignExecutorCommand;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RepresentativeData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.in.WorklistQuery;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.RequestStatus;

/**
 * The request routes: submit ({@code POST /requests} with an {@code Idempotency-Key}), show
 * ({@code GET /requests/{id}}, with the revision as ETag), every action of the lifecycle
 * ({@code POST /requests/{id}/{action}}, honouring {@code If-Match}) and worklists ({@code GET /requests}).
 * Each call is taken by the authenticated user; another tenant's request is not found.
 */
public final class RequestRoutes implements Routes {

    /** The header that makes a submission safe to retry. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The header carrying the applicant's detached CMS signature (DER, base64) over the exact bytes of the body. */
    public static final String SIGNATURE = "Qyzmet-Signature";
    /** The header carrying the one-time password the applicant received, instead of a signature. */
    public static final String ONE_TIME_PASSWORD = "Qyzmet-One-Time-Password";

    /** The largest signature taken: a CMS signature with a certificate chain is a few kilobytes. */
    private static final int MAX_SIGNATURE_BYTES = 16_384;

    private final RequestUseCases requests;
    private final JsonBodies bodies;
    private final ZoneId zone;
    private final Map<String, ActionHandler> actions = new LinkedHashMap<>();
    /** The explanations of the requests shown lately: a worklist polled again renders none of its unchanged requests'. */
    private final RenderedExplanations explanations = new RenderedExplanations(RenderedExplanations.DEFAULT_CAPACITY);

    public RequestRoutes(RequestUseCases requests, JsonBodies bodies, ZoneId zone) {
        this.requests = Objects.requireNonNull(requests, "requests: required");
        this.bodies = Objects.requireNonNull(bodies, "bodies: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
        simple(Action.ACCEPT, command -> requests.accept().accept(command));
        refusal(Action.REFUSE_INTAKE, command -> requests.refuseIntake().refuseIntake(command));
        actions.put(Action.ASSIGN.slug(), (ctx, actor, id, revision) -> {
            AssignBody body = bodies.read(ctx, AssignBody.class);
            return requests.assign().assign(new AssignExecutorCommand(actor, id, body.executor(), revision));
        });
        simple(Action.START_REVIEW, command -> requests.startReview().startReview(command));
        simple(Action.APPROVE, command -> requests.approve().approve(command));
        refusal(Action.REFUSE, command -> requests.refuse().refuse(command));
        simple(Action.MARK_READY, command -> requests.markReady().markReady(command));
        simple(Action.ISSUE, command -> requests.issue().issue(command));
        simple(Action.HAND_OVER, command -> requests.handOver().handOver(command));
        simple(Action.RETURN_TO_PROVIDER, command -> requests.returnToProvider().returnToProvider(command));
        simple(Action.RE_REQUEST, command -> requests.reRequest().reRequest(command));
        simple(Action.WITHDRAW, command -> requests.withdraw().withdraw(command));
    }

    /** The actions, by their name in the path. */
    public Set<String> actions() {
        return actions.keySet();
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.post("/requests", this::submit);
        app.get("/requests", this::worklist);
        app.get("/requests/{id}", this::show);
        app.post("/requests/{id}/{action}", this::act);
    }

    /** The body of a submission. */
    record SubmitBody(String service, Channel channel, String provider, String applicantIin, RepresentativeData representative,
                      List<DocumentData> documents, Boolean personalDataConsent, OfficeLocation filedAt, Integer grade,
                      OfficeKind officeKind) {
    }

    /** The body of {@code assign}. */
    record AssignBody(String executor) {
    }

    /** The body of {@code refuse} and {@code refuse-intake}. */
    record RefuseBody(List<String> grounds, String motivation) {
    }

    /** Actions that take no body: an empty body or {@code {}}. */
    record NoBody() {
    }

    @FunctionalInterface
    private interface ActionHandler {
        RequestView handle(Context ctx, ActingUser actor, UUID id, Integer revision);
    }

    private void simple(Action action, java.util.function.Function<RequestActionCommand, RequestView> useCase) {
        actions.put(action.slug(), (ctx, actor, id, revision) -> {
            if (!ctx.body().isBlank()) {
                bodies.read(ctx, NoBody.class);
            }
            return useCase.apply(new RequestActionCommand(actor, id, revision));
        });
    }

    private void refusal(Action action, java.util.function.Function<RefuseCommand, RequestView> useCase) {
        actions.put(action.slug(), (ctx, actor, id, revision) -> {
            RefuseBody body = bodies.read(ctx, RefuseBody.class);
            return useCase.apply(new RefuseCommand(actor, id, body.grounds(), body.motivation(), revision));
        });
    }

    private void submit(Context ctx) {
        ActingUser actor = Authentication.actor(ctx);
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null) {
            throw new BadParameterException(IDEMPOTENCY_KEY, "required",
                    "a submission needs an Idempotency-Key header (8-100 letters, digits, '.', '_', ':' or '-') so that a retry is safe");
        }
        if (!key.matches(SubmitRequestCommand.IDEMPOTENCY_KEY_PATTERN)) {
            throw new BadParameterException(IDEMPOTENCY_KEY, "format", SubmitRequestCommand.IDEMPOTENCY_KEY_RULE + ", was '" + BadParameterException.shown(key) + "'");
        }
        SubmitBody body = bodies.read(ctx, SubmitBody.class);
        RequestView view = requests.submit().submit(new SubmitRequestCommand(actor, body.service(), body.channel(), body.provider(),
                body.applicantIin(), body.representative(), body.documents(),
                body.personalDataConsent() != null && body.personalDataConsent(), signing(ctx), key, body.filedAt(), body.grade(),
                body.officeKind()));
        ctx.status(201).header("Location", "/requests/" + view.id().value());
        answer(ctx, view);
    }

    /**
     * How the body is signed: the signature over the exact bytes received (never over a re-serialisation), or the
     * one-time password; not both.
     */
    private static Signing signing(Context ctx) {
        String signature = ctx.header(SIGNATURE);
        String code = ctx.header(ONE_TIME_PASSWORD);
        if (signature != null && code != null) {
            throw new BadParameterException(SIGNATURE, "one of", "a submission is signed with " + SIGNATURE + " or with " + ONE_TIME_PASSWORD + ", not both");
        }
        if (code != null) {
            if (!code.matches("\\d{6}")) {
                throw new BadParameterException(ONE_TIME_PASSWORD, "format", "must be the 6 digits sent by SMS, was '" + BadParameterException.shown(code) + "'");
            }
            return new Signing.OneTimePassword(code);
        }
        if (signature == null) {
            return null;
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw new SignatureRejectedException(SignatureVerification.SignatureCheck.MALFORMED);
        }
        if (der.length == 0 || der.length > MAX_SIGNATURE_BYTES) {
            throw new SignatureRejectedException(SignatureVerification.SignatureCheck.MALFORMED);
        }
        return new Signing.DigitalSignature(ctx.bodyAsBytes(), der);
    }

    private void show(Context ctx) {
        RequestView view = requests.show().show(new ShowRequestQuery(Authentication.actor(ctx), RequestIdParameter.of(ctx)));
        answer(ctx, view);
    }

    private void act(Context ctx) {
        String name = ctx.pathParam("action");
        ActionHandler handler = actions.get(name);
        if (handler == null) {
            throw new UnknownActionException(name, List.copyOf(actions.keySet()));
        }
        ActingUser actor = Authentication.actor(ctx);
        UUID id = RequestIdParameter.of(ctx);
        answer(ctx, handler.handle(ctx, actor, id, IfMatch.revision(ctx.header("If-Match"))));
    }

    private void worklist(Context ctx) {
        ActingUser actor = Authentication.actor(ctx);
        Set<RequestStatus> statuses = statuses(ctx.queryParams("status"));
        boolean overdue = flag(ctx, "overdue");
        boolean atRisk = flag(ctx, "atRisk");
        int page = number(ctx, "page", 1);
        int size = number(ctx, "size", 50);
        String provider = ctx.queryParam("provider");
        var worklist = requests.worklist().worklist(new WorklistQuery(actor, provider, statuses, overdue, atRisk, page, size));
        RequestJson json = json(ctx);
        ctx.json(json.page(worklist));
    }

    private void answer(Context ctx, RequestView view) {
        ctx.header("ETag", IfMatch.etag(view.revision()));
        ctx.json(json(ctx).request(view));
    }

    private RequestJson json(Context ctx) {
        Language language = AcceptLanguage.choose(ctx.header("Accept-Language"));
        ctx.header("Content-Language", language.tag());
        return new RequestJson(language, zone, explanations);
    }

    private static Set<RequestStatus> statuses(List<String> values) {
        Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
        for (String value : values) {
            for (String part : value.split(",")) {
                try {
                    statuses.add(RequestStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new BadParameterException("status", "enum",
                            "must be one of " + Arrays.toString(RequestStatus.values()) + ", was '" + BadParameterException.shown(part) + "'");
                }
            }
        }
        return statuses;
    }

    private static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(name, "boolean", "must be true or false, was '" + BadParameterException.shown(value) + "'");
        };
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{1,6}")) {
            throw new BadParameterException(name, "integer", "must be a whole number from 1, was '" + BadParameterException.shown(value) + "'");
        }
        return Integer.parseInt(value);
    }

}
