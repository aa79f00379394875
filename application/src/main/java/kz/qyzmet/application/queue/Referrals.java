package kz.qyzmet.application.queue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.application.queue.port.in.IssueReferralsCommand;
import kz.qyzmet.application.queue.port.in.IssueReferralsUseCase;
import kz.qyzmet.application.queue.port.in.Referral;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.queue.PreschoolQueue;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.ServiceRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referrals to pre-school organisations (403001, result «жолдама»): the first children of the provider's
 * queue, in its order, each get a {@code ReferralIssued} history entry and leave the queue. Each referral
 * is stored on its own, with the optimistic revision check; if one meets a concurrent change, the ones
 * before it stay issued and the error says which request it was.
 */
public final class Referrals implements IssueReferralsUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(Referrals.class);

    private final Queues queues;
    private final RequestRepository repository;
    private final RequestEventPublisher events;
    private final CommandValidator validator;
    private final Clock clock;

    public Referrals(RequestRepository repository, RequestEventPublisher events, CommandValidator validator, Clock clock) {
        this.queues = new Queues(repository);
        this.repository = Objects.requireNonNull(repository, "repository: required");
        this.events = Objects.requireNonNull(events, "events: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
    }

    @Override
    public List<Referral> refer(IssueReferralsCommand command) {
        validator.valid(command);
        Actor actor = command.actor().toActor();
        if (!actor.role().isProviderStaff()) {
            throw new ForbiddenActionException(Action.REFER, actor.role(), LocalizedText.ours(
                    "кезекке жолдаманы тек көрсетілетін қызметті берушінің қызметкерлері береді",
                    "направления по очереди выдают только сотрудники услугодателя",
                    "only a provider's staff issue referrals for its queue"));
        }
        List<Referral> issued = new ArrayList<>();
        for (PreschoolQueue.Place place : queues.of(actor.provider()).stream().limit(command.places()).toList()) {
            ServiceRequest request = place.request();
            int before = request.revision();
            var event = request.issueReferral(actor, clock.instant(), command.organisation());
            repository.update(request, before);
            events.publish(request.id(), List.of(event));
            issued.add(new Referral(request.id().value(), request.submission().applicant().iin().value(), place.priority(),
                    command.organisation()));
        }
        LOG.info("{} referrals issued by {} ({}) of {}", issued.size(), actor.user(), actor.role(), actor.provider());
        return issued;
    }
}
