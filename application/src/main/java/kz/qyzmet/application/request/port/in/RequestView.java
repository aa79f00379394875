package kz.qyzmet.application.request.port.in;

import java.time.Instant;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.SchoolGrade;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.Applicant;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.SubmittedDocument;
import kz.qyzmet.domain.request.UserId;

/**
 * A service request as its reader sees it: state, revision, deadlines with their explanation, steps,
 * history, and the actions its state allows.
 *
 * @param id              the request
 * @param service         the service
 * @param standardVersion the governing version once accepted, else null
 * @param channel         the channel
 * @param provider        the provider
 * @param applicant       the applicant and representative
 * @param documents       the documents handed in
 * @param status          the state
 * @param revision        the revision, for optimistic concurrency (HTTP ETag)
 * @param deadline        the overall deadline with its explanation, once accepted, else null
 * @param steps           the step deadlines
 * @param executor        the executor named in the head's resolution, else null
 * @param keptUntil       until when the State Corporation keeps the result, else null
 * @param dueBack         when a re-requested result is due back at the State Corporation, else null
 * @param history         every event, oldest first
 * @param allowedActions  the actions the user who asked may take now
 * @param filedAt         where the State Corporation office that took it lies relative to the provider, else null
 * @param grade           the grade applied for, where the request says it, else null
 * @param officeKind      which kind of State Corporation office took it, where the request says it, else null
 */
public record RequestView(RequestId id, ServiceId service, CatalogCode standardVersion, Channel channel, ProviderId provider,
                          Applicant applicant, List<SubmittedDocument> documents, RequestStatus status, int revision, Deadline deadline,
                          List<StepDeadline> steps, UserId executor, Instant keptUntil, Instant dueBack, List<RequestEvent> history,
                          List<Action> allowedActions, OfficeLocation filedAt, SchoolGrade grade, OfficeKind officeKind) {

    /** The request as the actor sees it at that instant: with exactly the actions they may take now. */
    public static RequestView of(ServiceRequest request, Actor actor, Instant now) {
        return new RequestView(request.id(), request.submission().service(), request.standardVersion().orElse(null),
                request.submission().channel(), request.submission().provider(), request.submission().applicant(),
                request.submission().documents(), request.status(), request.revision(), request.deadline().orElse(null),
                request.steps(), request.executor().orElse(null), request.keptUntil().orElse(null), request.dueBack().orElse(null),
                request.history(), request.allowedActions(actor, now), request.submission().filedAt(), request.submission().grade(),
                request.submission().officeKind());
    }
}
