package kz.qyzmet.domain.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelTerms;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.UnknownFactException;

/**
 * Turns (standard version, channel, received-at instant) into a {@link Deadline} with its explanation, and
 * plans the step deadlines of the regulation's procedure: the acceptance policy, then the policy of the
 * term's kind (working days, working time, calendar date).
 */
public final class DeadlinePolicy {

    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Timetable defaultProviderHours;
    private final AcceptancePolicy acceptance = new AcceptancePolicy();
    private final TermPolicies terms = new TermPolicies();
    private final StepDeadlinePolicy steps = new StepDeadlinePolicy();
    private final WorkingTimePolicy workingTime = new WorkingTimePolicy();

    /**
     * @param calendar             the working calendar
     * @param zone                 the provider's time zone
     * @param defaultProviderHours the provider's hours where a standard gives none (a deployment setting)
     */
    public DeadlinePolicy(WorkingCalendar calendar, ZoneId zone, Timetable defaultProviderHours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
        this.defaultProviderHours = Objects.requireNonNull(defaultProviderHours, "defaultProviderHours: required");
    }

    /**
     * The overall deadline of a request received at an instant.
     *
     * @throws kz.qyzmet.domain.catalog.ChannelNotOfferedException if the standard does not offer the channel
     * @throws UnknownFactException                                 if the standard gives no processing term
     * @throws kz.qyzmet.domain.calendar.OutsideCalendarException    if the dates lie outside the calendar's data
     */
    public Deadline deadline(ServiceId service, StandardVersion version, Channel channel, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt: required");
        ChannelTerms channelTerms = version.termsFor(service, channel);
        Fact<ProcessingTerm> processing = channelTerms.processing();
        if (!(processing instanceof Fact.Known<ProcessingTerm> term)) {
            throw new UnknownFactException("terms." + channel + ".processing", ((Fact.Unknown<ProcessingTerm>) processing).reason());
        }
        DeadlineContext context = context(version, channel);
        List<Explanation.Line> lines = new ArrayList<>();
        lines.add(new Explanation.StandardApplied(service, version.id(), channel, term.given(), term.source()));
        Acceptance accepted = acceptance.accept(receivedAt, context);
        lines.add(new Explanation.Accepted(accepted));
        if (context.hours().providerHoursAssumed()) {
            lines.add(new Explanation.HoursAssumed(defaultProviderHours.basis()));
        }
        Instant due = terms.due(accepted.acceptedAt(), term.given(), context, lines::add);
        lines.add(new Explanation.Due(due));
        return new Deadline(accepted, due, new Explanation(lines));
    }

    /**
     * The step deadlines of the procedure the regulation gives for the channel, if it gives one, for a request with
     * that overall deadline: each step timed in the hours of whoever performs it, none due after the request.
     */
    public List<StepDeadline> stepDeadlines(StandardVersion version, Channel channel, Deadline overall) {
        Objects.requireNonNull(overall, "overall: required");
        return version.procedureFor(channel)
                .map(procedure -> steps.plan(procedure, overall.acceptance().acceptedAt(), context(version, channel), overall.dueAt()))
                .orElse(List.of());
    }

    /**
     * The close of the provider's hours on the n-th working day after the day of {@code start}: for deadlines
     * set during the lifecycle, such as the one working day in which a provider sends a re-requested result back.
     */
    public Instant workingDaysAfter(StandardVersion version, Channel channel, Instant start, int days) {
        return terms.due(start, new ProcessingTerm.WorkingDays(days, true), context(version, channel), line -> { });
    }

    /**
     * The provider's working time between two instants, on the deployment's default provider hours and the
     * working calendar (lunch breaks, evenings, weekends and holidays do not count): the processing time
     * of the monthly report, comparable across services and channels.
     */
    public Duration providerWorkingTime(Instant from, Instant to) {
        DeadlineContext context = new DeadlineContext(calendar, zone, new ServiceHours(null, defaultProviderHours, true));
        return workingTime.elapsed(from, to, defaultProviderHours, context);
    }

    /** When a request received at that instant on the channel counts as accepted. */
    public Acceptance acceptance(StandardVersion version, Channel channel, Instant receivedAt) {
        return acceptance.accept(receivedAt, context(version, channel));
    }

    private DeadlineContext context(StandardVersion version, Channel channel) {
        return new DeadlineContext(calendar, zone, ServiceHours.of(version, channel, defaultProviderHours));
    }

    /** The calendar this policy counts against. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }
}
