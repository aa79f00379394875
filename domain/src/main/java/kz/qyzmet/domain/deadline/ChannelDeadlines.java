package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.UnknownFactException;

/**
 * One channel of a standard's version laid over the calendar once, and kept by {@link DeadlinePolicy}: the
 * channel's hours as a clock (and the provider's, for the steps its staff perform), its processing term at
 * the provider's location and away from it, and the steps of the regulation's procedure with how each is
 * counted. A deadline, an acceptance moment or a step plan of the channel then costs array look-ups; where
 * the clocks cannot answer (a day whose UTC offset changes, a calendar-date term) the general policies do,
 * on the same context.
 */
final class ChannelDeadlines {

    /** Where the general policies' explanation lines go when only the due instant is wanted. */
    static final Consumer<Explanation.Line> UNEXPLAINED = line -> { };

    private static final int AWAY = OfficeLocation.AWAY_FROM_PROVIDER.ordinal();
    private static final int AT_PROVIDER = OfficeLocation.PROVIDER_LOCATION.ordinal();

    private final StandardVersion version;
    private final Channel channel;
    private final DeadlineContext context;
    private final ChannelClock clock;
    private final DeadlineContext providerContext;
    private final ChannelClock providerClock;
    private final String assumedHoursBasis;
    private final AcceptancePolicy acceptance;
    private final TermPolicies terms;
    private final Procedure procedure;
    private final CountedTerm[] stepTerms;
    /** Each step's due instant: from its kept count, else from the general policies in the hours of whoever performs it. */
    private final StepDeadlinePolicy.StepTimer stepTimer = this::stepDue;
    /**
     * The processing term by {@link OfficeLocation} ordinal, found on the first deadline that asks (it needs
     * the caller's service to name it in an error) and kept with that service, which its explanations name (a
     * version is a version of one service; a caller naming another gets a term of its own, not kept). Written without a lock: a {@link ChannelTerm} has only
     * final fields, so a reader sees it whole, and two threads that race make equal ones.
     */
    private final ChannelTerm[] byLocation = new ChannelTerm[OfficeLocation.values().length];

    /**
     * @param context       the channel's and the provider's hours
     * @param clock         the channel's hours over the calendar
     * @param providerClock the provider's hours over the calendar, for the steps its staff perform
     * @param defaultBasis  where the deployment's default provider hours come from, for the explanation
     */
    ChannelDeadlines(StandardVersion version, Channel channel, DeadlineContext context, ChannelClock clock, ChannelClock providerClock,
                     String defaultBasis, AcceptancePolicy acceptance, TermPolicies terms) {
        this.version = Objects.requireNonNull(version, "version: required");
        this.channel = Objects.requireNonNull(channel, "channel: required");
        this.context = Objects.requireNonNull(context, "context: required");
        this.clock = Objects.requireNonNull(clock, "clock: required");
        this.providerContext = context.atProvider();
        this.providerClock = Objects.requireNonNull(providerClock, "providerClock: required");
        this.assumedHoursBasis = context.hours().providerHoursAssumed() ? defaultBasis : null;
        this.acceptance = Objects.requireNonNull(acceptance, "acceptance: required");
        this.terms = Objects.requireNonNull(terms, "terms: required");
        this.procedure = version.procedureFor(channel).orElse(null);
        this.stepTerms = procedure == null ? new CountedTerm[0]
                : procedure.steps().stream()
                        .map(step -> CountedTerm.on(step.role().isProviderStaff() ? providerClock : clock, step.duration()))
                        .toArray(CountedTerm[]::new);
    }

    /**
     * The processing term of a request handed in at an office in that location (null: the provider's).
     *
     * @throws kz.qyzmet.domain.catalog.ChannelNotOfferedException if the standard does not offer the channel
     * @throws kz.qyzmet.domain.catalog.UnknownFactException        if the standard gives no processing term
     */
    ChannelTerm term(ServiceId service, OfficeLocation filedAt) {
        int slot = filedAt == OfficeLocation.AWAY_FROM_PROVIDER ? AWAY : AT_PROVIDER;
        ChannelTerm kept = byLocation[slot];
        if (kept != null && kept.of(service)) {
            return kept;
        }
        ChannelTerm made = new ChannelTerm(this, service, version.termsFor(service, channel).processing(filedAt).fold(known -> known, unknown -> {
            throw new UnknownFactException("terms." + channel + ".processing", unknown.reason());
        }));
        if (kept == null) {
            byLocation[slot] = made;
        }
        return made;
    }

    /** When a request received at that instant counts as accepted. */
    Acceptance accept(Instant receivedAt) {
        Acceptance fast = clock.accept(receivedAt);
        return fast != null ? fast : acceptance.accept(receivedAt, context);
    }

    /** A term of the channel as its clock counts it. */
    CountedTerm counted(ProcessingTerm term) {
        return CountedTerm.on(clock, term);
    }

    /** The due instant of a term of the channel, counted as the kept {@code counted}, started at {@code start}. */
    Instant due(Instant start, ProcessingTerm term, CountedTerm counted) {
        Instant fast = counted.due(start);
        return fast != null ? fast : terms.due(start, term, context, UNEXPLAINED);
    }

    /** The close of the provider's hours on the n-th working day after the day of {@code start}. */
    Instant afterWorkingDays(Instant start, ProcessingTerm.WorkingDays term) {
        Instant fast = clock.afterWorkingDays(start, term.days());
        return fast != null ? fast : terms.due(start, term, context, UNEXPLAINED);
    }

    /** The step deadlines of the channel's procedure for a request with that overall deadline; none if it has no procedure. */
    List<StepDeadline> steps(Deadline overall) {
        if (procedure == null) {
            return List.of();
        }
        return StepDeadlinePolicy.plan(procedure, overall.acceptance().acceptedAt(), overall.dueAt(), stepTimer);
    }

    private Instant stepDue(int index, ProcedureStep step, Instant start) {
        Instant fast = stepTerms[index].due(start);
        return fast != null ? fast
                : terms.due(start, step.duration(), step.role().isProviderStaff() ? providerContext : context, UNEXPLAINED);
    }

    /**
     * The lines of the explanation of a deadline of the channel: the standard applied, the acceptance, the
     * provider's hours if assumed, the general policy's count, the due instant.
     */
    List<Explanation.Line> explain(ServiceId service, Fact.Known<ProcessingTerm> term, Acceptance accepted,
                                   Instant due) {
        List<Explanation.Line> lines = new ArrayList<>();
        lines.add(new Explanation.StandardApplied(service, version.id(), channel, term.given(), term.source()));
        lines.add(new Explanation.Accepted(accepted));
        if (assumedHoursBasis != null) {
            lines.add(new Explanation.HoursAssumed(assumedHoursBasis));
        }
        terms.due(accepted.acceptedAt(), term.given(), context, lines::add);
        lines.add(new Explanation.Due(due));
        return lines;
    }
}
