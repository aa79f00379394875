package kz.qyzmet.adapters.persistence.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.UnknownFactException;
import kz.qyzmet.domain.deadline.Acceptance;
import kz.qyzmet.domain.deadline.AcceptancePolicy;
import kz.qyzmet.domain.deadline.DateLimitPolicy;
import kz.qyzmet.domain.deadline.DayTermPolicy;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlineContext;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.deadline.ServiceHours;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.deadline.StepDeadlinePolicy;
import kz.qyzmet.domain.deadline.Timetable;
import kz.qyzmet.domain.deadline.WorkingTimePolicy;
import org.junit.jupiter.api.Test;

/**
 * The paths people call ({@link DeadlinePolicy#deadline}, {@link DeadlinePolicy#acceptance},
 * {@link DeadlinePolicy#stepDeadlines}, {@link DeadlinePolicy#workingDaysAfter}), which count on each version's
 * kept channel clocks, give what the general policies give, composed here the way {@code DeadlinePolicy}
 * composed them before it kept anything: the acceptance policy, the policy of the term's kind, the same
 * explanation lines, {@link StepDeadlinePolicy#plan} for the steps, and the same errors for a channel that is
 * not offered or a term that is unknown. Every version and channel of the built-in catalog, at both office
 * locations and, for the State Corporation, at both kinds of office (a duty department keeps its own hours), at
 * random moments of 2016–2030 (Almaty's change of UTC offset on 1 March 2024 included) in
 * Almaty and in a zone with summer time.
 */
class CatalogDeadlinesAgreementTest {

    private static final Catalog CATALOG = JsonCatalogSource.builtIn().catalog();
    private static final WorkingCalendar CALENDAR = JsonCalendarSource.builtIn().calendar();
    private static final Timetable DEFAULT_HOURS = CatalogDeadlinesAcrossNauryzTest.defaultHours();
    private static final long FROM = Instant.parse("2016-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2030-06-30T00:00:00Z").getEpochSecond();
    private static final int MOMENTS = 100;

    @Test
    void everyVersionAndChannelAgreesWithTheGeneralPoliciesInAlmaty() {
        assertThat(agreeOnTheCatalog(ZoneId.of("Asia/Almaty"), 17L)).isGreaterThan(10_000);
    }

    @Test
    void everyVersionAndChannelAgreesWithTheGeneralPoliciesWhereSummerTimeIsKept() {
        assertThat(agreeOnTheCatalog(ZoneId.of("Europe/Berlin"), 29L)).isGreaterThan(10_000);
    }

    @Test
    void theCatalogHoldsEveryKindOfTermThePathsMustCount() {
        List<String> kinds = new ArrayList<>();
        for (ServiceStandard standard : CATALOG.standards()) {
            for (StandardVersion version : standard.versions()) {
                version.procedures().value().ifPresent(procedures -> procedures.forEach(procedure ->
                        procedure.steps().forEach(step -> kinds.add(step.duration().getClass().getSimpleName()))));
            }
        }
        assertThat(kinds).contains("WorkingDays", "Minutes");
    }

    /** How many deadlines were compared; fails on the first difference. */
    private static int agreeOnTheCatalog(ZoneId zone, long seed) {
        DeadlinePolicy policy = new DeadlinePolicy(CALENDAR, zone, DEFAULT_HOURS);
        Random random = new Random(seed);
        int compared = 0;
        for (ServiceStandard standard : CATALOG.standards()) {
            for (StandardVersion version : standard.versions()) {
                for (Channel channel : Channel.values()) {
                    for (OfficeKind office : channel == Channel.STATE_CORPORATION ? OfficeKind.values() : new OfficeKind[] {OfficeKind.ORDINARY}) {
                        DeadlineContext context = new DeadlineContext(CALENDAR, zone, ServiceHours.of(version, channel, office, DEFAULT_HOURS));
                        for (OfficeLocation location : new OfficeLocation[] {OfficeLocation.PROVIDER_LOCATION, OfficeLocation.AWAY_FROM_PROVIDER, null}) {
                            for (int i = 0; i < MOMENTS; i++) {
                                long second = FROM + (long) (random.nextDouble() * (TO - FROM));
                                Instant received = Instant.ofEpochSecond(i % 3 == 0 ? second - second % 60 : second, i % 2 == 0 ? 0 : random.nextInt(1_000_000_000));
                                compared += agree(policy, standard, version, channel, office, location, context, received);
                            }
                        }
                    }
                }
            }
        }
        return compared;
    }

    /**
     * 1 if every path of the policy agrees with the general policies on a request received at that moment at that kind
     * of office (the context's), 0 if the standard gives no term there and the policy throws the same error.
     */
    static int agree(DeadlinePolicy policy, ServiceStandard standard, StandardVersion version, Channel channel, OfficeKind office,
                     OfficeLocation location, DeadlineContext context, Instant received) {
        Acceptance accepted = new AcceptancePolicy().accept(received, context);
        assertThat(policy.acceptance(version, channel, office, received)).as("acceptance of %s at %s", received, office).isEqualTo(accepted);
        Fact<ProcessingTerm> processing;
        try {
            processing = version.termsFor(standard.id(), channel).processing(location);
        } catch (ChannelNotOfferedException notOffered) {
            assertThatThrownBy(() -> policy.deadline(standard.id(), version, channel, location, office, received))
                    .isInstanceOf(ChannelNotOfferedException.class).hasMessage(notOffered.getMessage());
            return 0;
        }
        Optional<ProcessingTerm> given = processing.value();
        if (given.isEmpty()) {
            UnknownFactException unknown = assertThrowsUnknown(() -> processing.require("terms." + channel + ".processing"));
            assertThatThrownBy(() -> policy.deadline(standard.id(), version, channel, location, office, received))
                    .isInstanceOf(UnknownFactException.class).hasMessage(unknown.getMessage());
            return 0;
        }
        Fact.Known<ProcessingTerm> term = processing.fold(known -> known, unknown -> null);
        List<Explanation.Line> lines = new ArrayList<>();
        lines.add(new Explanation.StandardApplied(standard.id(), version.id(), channel, term.given(), term.source()));
        lines.add(new Explanation.Accepted(accepted));
        if (context.hours().providerHoursAssumed()) {
            lines.add(new Explanation.HoursAssumed(DEFAULT_HOURS.basis()));
        }
        Instant due = generalDue(accepted.acceptedAt(), term.given(), context, lines::add);
        lines.add(new Explanation.Due(due));

        Deadline deadline = policy.deadline(standard.id(), version, channel, location, office, received);
        String what = standard.id().value() + " " + version.id() + " " + channel + " " + office + " " + location + " received " + received;
        assertThat(deadline.acceptance()).as(what).isEqualTo(accepted);
        assertThat(deadline.dueAt()).as(what).isEqualTo(due);
        assertThat(deadline.explanation()).as(what).isEqualTo(new Explanation(lines));
        assertThat(deadline.explanation().lines()).as(what + ", read again").containsExactlyElementsOf(lines);
        assertThat(policy.deadline(standard.id(), version, channel, location, office, accepted)).as(what + ", from its acceptance")
                .isEqualTo(deadline);

        List<StepDeadline> planned = version.procedureFor(channel)
                .map(procedure -> new StepDeadlinePolicy().plan(procedure, accepted.acceptedAt(), context, due))
                .orElse(List.of());
        assertThat(policy.stepDeadlines(version, channel, office, deadline)).as(what + ", steps").isEqualTo(planned);
        if (office != OfficeKind.ORDINARY) {
            return 1;
        }

        int days = 1 + Math.floorMod(received.getNano() + received.getEpochSecond(), 30);
        assertThat(policy.workingDaysAfter(version, channel, received, days)).as(what + ", %s working days after", days)
                .isEqualTo(new DayTermPolicy().due(received, new ProcessingTerm.WorkingDays(days, true), context, line -> { }));
        return 1;
    }

    private static UnknownFactException assertThrowsUnknown(Runnable call) {
        try {
            call.run();
        } catch (UnknownFactException e) {
            return e;
        }
        throw new AssertionError("an unknown fact must throw");
    }

    /** The policy of the term's kind, as {@code DeadlinePolicy} chose it before it kept clocks. */
    static Instant generalDue(Instant start, ProcessingTerm term, DeadlineContext context, Consumer<Explanation.Line> explain) {
        return term.accept(new ProcessingTerm.Visitor<>() {
            @Override
            public Instant visit(ProcessingTerm.WorkingDays days) {
                return new DayTermPolicy().due(start, days, context, explain);
            }

            @Override
            public Instant visit(ProcessingTerm.Minutes minutes) {
                return new WorkingTimePolicy().due(start, minutes.duration(), context, explain);
            }

            @Override
            public Instant visit(ProcessingTerm.Hours hours) {
                return new WorkingTimePolicy().due(start, hours.duration(), context, explain);
            }

            @Override
            public Instant visit(ProcessingTerm.ByDate date) {
                return new DateLimitPolicy().due(start, date, context, explain);
            }
        });
    }
}
