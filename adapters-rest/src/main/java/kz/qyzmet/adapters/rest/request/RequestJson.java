package kz.qyzmet.adapters.rest.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.rest.catalog.TermJson;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.Worklist;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.ExplanationText;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;

/**
 * The JSON shapes of requests in the API, and their translation from the application's {@link RequestView}:
 * instants as ISO-8601 with the offset of the configured zone, texts in the client's language. A deadline's
 * explanation is taken from the explanations already rendered when the request has not changed since.
 */
final class RequestJson {

    private final Language language;
    private final ZoneId zone;
    private final ExplanationText explanation;
    private final RenderedExplanations rendered;

    RequestJson(Language language, ZoneId zone, RenderedExplanations rendered) {
        this.language = language;
        this.zone = zone;
        this.explanation = new ExplanationText(language, zone);
        this.rendered = rendered;
    }

    /** A request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestBody(String id, String service, String standardVersion, String channel, String filedAt, String officeKind, Integer grade,
                       String provider, ApplicantBody applicant,
                       List<DocumentBody> documents, String status, int revision, DeadlineBody deadline, List<StepBody> steps,
                       String executor, OffsetDateTime keptUntil, OffsetDateTime dueBack, List<HistoryBody> history,
                       List<String> allowedActions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicantBody(String iin, String representativeIin, String powerOfAttorney) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentBody(String code, LocalDate issuedOn) {
    }

    record DeadlineBody(OffsetDateTime receivedAt, OffsetDateTime acceptedAt, String acceptance, OffsetDateTime dueAt,
                        List<String> explanation) {
    }

    record StepBody(int number, String role, Map<String, Object> duration, OffsetDateTime startsAt, OffsetDateTime dueAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record HistoryBody(int seq, String type, OffsetDateTime at, String from, String to, String user, String role,
                       Map<String, Object> details) {
    }

    /** A page of a worklist. */
    record PageBody(List<RequestBody> requests, int page, int size, boolean more) {
    }

    RequestBody request(RequestView view) {
        var applicant = view.applicant();
        var representative = applicant.representative();
        return new RequestBody(
                view.id().value().toString(),
                view.service().value(),
                view.standardVersion() == null ? null : view.standardVersion().value(),
                view.channel().name(),
                view.filedAt() == null ? null : view.filedAt().name(),
                view.officeKind() == null ? null : view.officeKind().name(),
                view.grade() == null ? null : view.grade().number(),
                view.provider().value(),
                new ApplicantBody(applicant.iin().value(), representative == null ? null : representative.iin().value(),
                        representative == null ? null : representative.powerOfAttorney()),
                view.documents().stream().map(document -> new DocumentBody(document.code().value(), document.issuedOn())).toList(),
                view.status().name(),
                view.revision(),
                view.deadline() == null ? null : deadline(view),
                view.steps().stream().map(this::step).toList(),
                view.executor() == null ? null : view.executor().value(),
                local(view.keptUntil()),
                local(view.dueBack()),
                history(view.history()),
                view.allowedActions().stream().map(Action::slug).toList());
    }

    PageBody page(Worklist worklist) {
        return new PageBody(worklist.requests().stream().map(this::request).toList(), worklist.page(), worklist.size(), worklist.hasMore());
    }

    private DeadlineBody deadline(RequestView view) {
        Deadline deadline = view.deadline();
        List<String> lines = rendered.of(view.id().value(), view.revision(), language, () -> explanation.render(deadline.explanation()));
        return new DeadlineBody(local(deadline.acceptance().receivedAt()), local(deadline.acceptance().acceptedAt()),
                deadline.acceptance().reason().name(), local(deadline.dueAt()), lines);
    }

    private StepBody step(StepDeadline step) {
        return new StepBody(step.number(), step.step().role().name(), TermJson.of(step.step().duration()), local(step.startsAt()),
                local(step.dueAt()));
    }

    private List<HistoryBody> history(List<RequestEvent> events) {
        return java.util.stream.IntStream.range(0, events.size()).mapToObj(i -> {
            RequestEvent event = events.get(i);
            var header = event.header();
            return new HistoryBody(i + 1, event.typeName(), local(header.at()), header.from() == null ? null : header.from().name(),
                    header.to().name(), header.actor().user().value(), header.actor().role().name(), details(event));
        }).toList();
    }

    private Map<String, Object> details(RequestEvent event) {
        Map<String, Object> details = new LinkedHashMap<>();
        event.facts().forEach((name, value) -> details.put(name, shown(value)));
        return details;
    }

    private Map<String, Object> reason(IntakeRefusalReason reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", reason.typeName());
        reason.facts().forEach((name, value) -> body.put(name, shown(value)));
        return body;
    }

    /** A fact as the reader sees it: a text in their language, an instant at the provider. */
    private Object shown(Object value) {
        if (value instanceof IntakeRefusalReason reason) {
            return reason(reason);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> shownMap = new LinkedHashMap<>();
            map.forEach((name, inner) -> shownMap.put(name, shown(inner)));
            return shownMap;
        }
        if (value instanceof LocalizedText text) {
            return text.in(language).text();
        }
        if (value instanceof Instant instant) {
            return local(instant);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::shown).toList();
        }
        return value;
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
