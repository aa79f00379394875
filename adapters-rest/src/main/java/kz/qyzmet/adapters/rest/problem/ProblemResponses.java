package kz.qyzmet.adapters.rest.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import kz.qyzmet.application.request.ConcurrentUpdateException;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.report.ReportNotFoundException;
import kz.qyzmet.application.request.RequestNotFoundException;
import kz.qyzmet.application.onetimepassword.NoRegisteredPhoneException;
import kz.qyzmet.application.onetimepassword.OneTimePasswordRejectedException;
import kz.qyzmet.application.onetimepassword.OneTimePasswords;
import kz.qyzmet.application.onetimepassword.TooManyCodesException;
import kz.qyzmet.application.request.SignatureRejectedException;
import kz.qyzmet.application.request.SignatureReplayedException;
import kz.qyzmet.application.request.StaleRevisionException;
import kz.qyzmet.application.request.port.out.StoreBusyException;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.IllegalTransitionException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.application.catalog.NoVersionInForceException;
import kz.qyzmet.application.catalog.UnknownServiceException;
import kz.qyzmet.application.catalog.UnknownVersionException;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.application.visit.CounterVisitNotAllowedException;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.catalog.UnknownFactException;
import kz.qyzmet.domain.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error into an RFC 9457 problem document in the client's language: the application's and
 * the domain's exceptions, unknown routes and methods, and — without a stack trace — anything unexpected.
 */
public final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    /** The headers that sign an electronic submission, named in the problems about them. */
    private static final String SIGNATURE_HEADER = "Qyzmet-Signature";
    private static final String ONE_TIME_PASSWORD_HEADER = "Qyzmet-One-Time-Password";
    private static final String ANSWERED = "qyzmet.problem-answered";
    private static final String INTERNAL_FALLBACK = "{\"type\":\"/problems/internal\",\"title\":\"Internal error\",\"status\":500,"
            + "\"detail\":\"The server met an unexpected error\"}";

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final ZoneId zone;

    /** Problems that name a moment name it in UTC; prefer {@link #ProblemResponses(ObjectMapper, long, ZoneId)}. */
    public ProblemResponses(ObjectMapper json, long maxBodyBytes) {
        this(json, maxBodyBytes, ZoneOffset.UTC);
    }

    /**
     * @param zone the providers' time zone, in which a problem names a moment (the request is accepted only on Monday
     *             at 09:00, say)
     */
    public ProblemResponses(ObjectMapper json, long maxBodyBytes, ZoneId zone) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    /** Registers the handlers on the app. */
    public void register(JavalinDefaultRoutingApi app) {
        app.exception(UnknownServiceException.class, (e, ctx) ->
                answer(ctx, ProblemType.UNKNOWN_SERVICE, List.of(), e.service()));
        app.exception(NoVersionInForceException.class, (e, ctx) ->
                answer(ctx, ProblemType.NO_VERSION_IN_FORCE, List.of(), e.service(), e.on()));
        app.exception(UnknownVersionException.class, (e, ctx) ->
                answer(ctx, ProblemType.UNKNOWN_VERSION, List.of(), ctx.pathParamMap().getOrDefault("service", "?"),
                        ctx.queryParam("version")));
        app.exception(ChannelNotOfferedException.class, (e, ctx) ->
                answer(ctx, ProblemType.CHANNEL_NOT_OFFERED, List.of(new Problem.FieldError("channel", "offered", e.getMessage())),
                        e.service().value(), e.channel()));
        app.exception(OutsideCalendarException.class, (e, ctx) ->
                answer(ctx, ProblemType.OUTSIDE_CALENDAR, List.of(), e.day(), e.years()));
        app.exception(UnknownFactException.class, (e, ctx) ->
                answer(ctx, ProblemType.TERM_UNKNOWN, List.of(), e.field()));
        app.exception(MalformedBodyException.class, (e, ctx) ->
                answer(ctx, ProblemType.MALFORMED_BODY, e.error().map(List::of).orElse(List.of()),
                        (Localized) language -> ProblemTexts.malformed(e, language)));
        app.exception(UnsupportedMediaTypeException.class, (e, ctx) ->
                answer(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(), e.getMessage()));
        app.exception(BadParameterException.class, (e, ctx) -> invalid(ctx, List.of(e.error())));
        app.exception(InvalidCommandException.class, (e, ctx) -> invalid(ctx, e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.rule(), v.message())).toList()));
        app.exception(UnauthenticatedException.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"qyzmet\"");
            answer(ctx, ProblemType.UNAUTHENTICATED, List.of(), (Localized) language -> ProblemTexts.unauthenticated(e.reason(), language));
        });
        app.exception(ForbiddenActionException.class, (e, ctx) ->
                answer(ctx, ProblemType.FORBIDDEN_ACTION, List.of(), (Localized) language -> ProblemTexts.forbidden(e, language)));
        app.exception(CounterVisitNotAllowedException.class, (e, ctx) ->
                answer(ctx, ProblemType.FORBIDDEN_ACTION, List.of(), (Localized) language ->
                        ProblemTexts.counterVisit(e.role(), e.channel(), CounterVisitNotAllowedException.allowed(e.channel()), language)));
        app.exception(RequestNotFoundException.class, (e, ctx) ->
                answer(ctx, ProblemType.REQUEST_NOT_FOUND, List.of(), ctx.pathParamMap().getOrDefault("id", "?")));
        app.exception(ReportNotFoundException.class, (e, ctx) ->
                answer(ctx, ProblemType.REPORT_NOT_FOUND, List.of(), String.valueOf(ctx.queryParam("provider"))));
        app.exception(UnknownActionException.class, (e, ctx) ->
                answer(ctx, ProblemType.UNKNOWN_ACTION, List.of(), e.action(), e.known()));
        app.exception(IllegalTransitionException.class, (e, ctx) ->
                answer(ctx, ProblemType.ILLEGAL_TRANSITION, List.of(), (Localized) language -> ProblemTexts.transition(e, language, zone)));
        app.exception(ConcurrentUpdateException.class, (e, ctx) ->
                answer(ctx, ProblemType.CONCURRENT_UPDATE, List.of(), e.id()));
        app.exception(StaleRevisionException.class, (e, ctx) ->
                answer(ctx, ProblemType.STALE_REVISION, List.of(), e.expected(), e.current()));
        app.exception(IdempotencyConflictException.class, (e, ctx) ->
                answer(ctx, ProblemType.IDEMPOTENCY_CONFLICT, List.of(), ctx.header("Idempotency-Key")));
        app.exception(SignatureRejectedException.class, (e, ctx) ->
                answer(ctx, ProblemType.valueOf("SIGNATURE_" + e.check().name()), List.of(new Problem.FieldError(SIGNATURE_HEADER,
                        e.check().name().toLowerCase(java.util.Locale.ROOT), e.getMessage())), withoutField(e.getMessage())));
        app.exception(SignatureReplayedException.class, (e, ctx) ->
                answer(ctx, ProblemType.SIGNATURE_REPLAYED, List.of(new Problem.FieldError(SIGNATURE_HEADER, "replayed", e.getMessage())),
                        ctx.header("Idempotency-Key")));
        app.exception(OneTimePasswordRejectedException.class, (e, ctx) ->
                answer(ctx, ProblemType.ONE_TIME_PASSWORD_REJECTED, List.of(new Problem.FieldError(ONE_TIME_PASSWORD_HEADER,
                        e.reason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage())), withoutField(e.getMessage())));
        app.exception(NoRegisteredPhoneException.class, (e, ctx) ->
                answer(ctx, ProblemType.NO_REGISTERED_PHONE, List.of(new Problem.FieldError("iin", "registered phone", e.getMessage())),
                        withoutField(e.getMessage())));
        app.exception(TooManyCodesException.class, (e, ctx) ->
                answer(ctx, ProblemType.TOO_MANY_ONE_TIME_PASSWORDS, List.of(), OneTimePasswords.MAX_PER_HOUR,
                        ProblemTexts.moment(e.retryAfter(), zone)));
        app.exception(StoreBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            answer(ctx, ProblemType.MAINTENANCE, List.of(), (Localized) language -> ProblemTexts.maintenance(e.maintenance(), language),
                    e.retryAfterSeconds());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                answer(ctx, ProblemType.PAYLOAD_TOO_LARGE, List.of(), maxBodyBytes);
            } else if (e.getStatus() == 404) {
                answer(ctx, ProblemType.NOT_FOUND, List.of(), ctx.path());
            } else if (e.getStatus() == 405) {
                answer(ctx, ProblemType.METHOD_NOT_ALLOWED, List.of(), ctx.path(), ctx.method());
            } else {
                LOG.warn("HTTP {} on {} {}: {}", e.getStatus(), ctx.method(), LoggedText.path(ctx.path()), LoggedText.message(e.getMessage()));
                MalformedBodyException unreadable = new MalformedBodyException(MalformedBodyException.Kind.HTTP, String.valueOf(e.getStatus()),
                        e.getMessage(), null);
                answer(ctx, ProblemType.MALFORMED_BODY, List.of(), (Localized) language -> ProblemTexts.malformed(unreadable, language));
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            // Javalin hands an exception thrown here to this same handler again, without end: it must not throw
            Object requestId = ctx.attribute(RequestIds.ATTRIBUTE);
            LOG.error("Unexpected error on {} {} (request {})", ctx.method(), LoggedText.path(ctx.path()), requestId, e);
            try {
                answer(ctx, ProblemType.INTERNAL, List.of(), String.valueOf(requestId));
            } catch (RuntimeException failed) {
                LOG.error("The problem document for request {} could not be written", requestId, failed);
                ctx.status(ProblemType.INTERNAL.status()).contentType(Problem.MEDIA_TYPE).result(INTERNAL_FALLBACK);
            }
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, ProblemType.NOT_FOUND, List.of(), ctx.path());
            }
        });
        app.error(408, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, ProblemType.REQUEST_TIMEOUT, List.of(), JettyErrors.INCOMPLETE_BODY);
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, ProblemType.METHOD_NOT_ALLOWED, List.of(), ctx.path(), ctx.method());
            }
        });
    }

    private void invalid(Context ctx, List<Problem.FieldError> errors) {
        String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        answer(ctx, ProblemType.INVALID_REQUEST, errors, fields);
    }

    /** An argument of a problem's detail worded per language. */
    @FunctionalInterface
    interface Localized {
        String in(Language language);
    }

    private void answer(Context ctx, ProblemType type, List<Problem.FieldError> errors, Object... arguments) {
        Language language = AcceptLanguage.choose(ctx.header("Accept-Language"));
        Object[] worded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            worded[i] = arguments[i] instanceof Localized localized ? localized.in(language) : arguments[i];
        }
        Problem problem = new Problem(type.uri(), type.title(language), type.status(),
                type.detail(language, worded), ctx.path(), errors.stream().map(error -> ProblemTexts.field(error, language)).toList(),
                language == Language.EN ? Boolean.TRUE : null);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(type.status());
        ctx.header("Content-Language", language.tag());
        try {
            ctx.contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("problem document cannot be written", e);
        }
    }

    /** A message of the form {@code "field: what"} without its field, to go inside a detail that says what the field is. */
    private static String withoutField(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }
}
