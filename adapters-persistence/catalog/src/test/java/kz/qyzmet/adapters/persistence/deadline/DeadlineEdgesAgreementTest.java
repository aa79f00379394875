package kz.qyzmet.adapters.persistence.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.Acceptance;
import kz.qyzmet.domain.deadline.AcceptancePolicy;
import kz.qyzmet.domain.deadline.AcceptanceReason;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlineContext;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.deadline.ServiceHours;
import kz.qyzmet.domain.deadline.Timetable;
import org.junit.jupiter.api.Test;

/**
 * The edges of the one-pass path of {@link DeadlinePolicy#deadline} (one day index for the acceptance and the due
 * instant, the day of acceptance taken as the day received or the next day intake opens): the last moments of a
 * year, the first year the calendar knows only by statute (2027), the night Almaty changed its UTC offset, a State
 * Corporation duty department on a Saturday, the portal at night, and the end of the calendar (2035), where the general
 * policies answer. At each moment, every version in force, channel, kind of office and office location of the
 * built-in catalog agrees with the general policies ({@link CatalogDeadlinesAgreementTest#agree}); the named cases
 * below say what the answer is.
 */
class DeadlineEdgesAgreementTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Catalog CATALOG = JsonCatalogSource.builtIn().catalog();
    private static final WorkingCalendar CALENDAR = JsonCalendarSource.builtIn().calendar();
    private static final Timetable DEFAULT_HOURS = CatalogDeadlinesAcrossNauryzTest.defaultHours();
    private static final DeadlinePolicy POLICY = new DeadlinePolicy(CALENDAR, ALMATY, DEFAULT_HOURS);

    private static final List<String> EDGES = List.of(
            "2025-12-31T17:59:59.999999999", "2025-12-31T18:00", "2025-12-31T23:59:59", "2026-01-01T00:00",
            "2026-12-31T12:00", "2026-12-31T18:30", "2027-01-04T10:00", "2027-03-15T10:00", "2027-12-31T23:00",
            "2024-02-29T23:30", "2024-03-01T00:00", "2024-03-01T00:30", "2024-03-01T09:00",
            "2025-06-14T08:59:59", "2025-06-14T09:00", "2025-06-14T12:59:59", "2025-06-14T13:00", "2025-06-14T19:59",
            "2025-06-17T03:00", "2025-06-20T23:59:59.5", "2025-06-21T02:00",
            "2035-12-10T10:00", "2035-12-31T10:00", "2035-12-31T18:30");

    private static Instant almaty(String local) {
        return LocalDateTime.parse(local).atZone(ALMATY).toInstant();
    }

    private static ServiceStandard standard(String service) {
        return CATALOG.find(service).orElseThrow();
    }

    @Test
    void atEveryEdgeEveryVersionChannelAndOfficeAgreesWithTheGeneralPolicies() {
        int compared = 0;
        int beyondTheCalendar = 0;
        for (String edge : EDGES) {
            Instant received = almaty(edge);
            LocalDate day = LocalDate.parse(edge.substring(0, 10));
            for (ServiceStandard standard : CATALOG.standards()) {
                StandardVersion version = standard.versionOn(day).orElse(null);
                if (version == null) {
                    continue;
                }
                for (Channel channel : Channel.values()) {
                    for (OfficeKind office : channel == Channel.STATE_CORPORATION ? OfficeKind.values() : new OfficeKind[] {OfficeKind.ORDINARY}) {
                        DeadlineContext context = new DeadlineContext(CALENDAR, ALMATY, ServiceHours.of(version, channel, office, DEFAULT_HOURS));
                        for (OfficeLocation location : OfficeLocation.values()) {
                            if (edge.startsWith("2035")) {
                                beyondTheCalendar += sameOrBothBeyondTheCalendar(standard, version, channel, office, location, context, received);
                            } else {
                                compared += CatalogDeadlinesAgreementTest.agree(POLICY, standard, version, channel, office, location, context, received);
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(beyondTheCalendar).as("the last edges reach beyond the calendar").isPositive();
    }

    /**
     * At the calendar's end the general policies may count beyond its data: then the policy must refuse the same way,
     * at the latest when its explanation is read (1); where they answer, it answers the same (0).
     */
    private static int sameOrBothBeyondTheCalendar(ServiceStandard standard, StandardVersion version, Channel channel, OfficeKind office,
                                                   OfficeLocation location, DeadlineContext context, Instant received) {
        String what = standard.id().value() + " " + version.id() + " " + channel + " " + office + " " + location + " received " + received;
        Optional<ProcessingTerm> term;
        try {
            term = version.termsFor(standard.id(), channel).processing(location).value();
        } catch (ChannelNotOfferedException notOffered) {
            return 0;
        }
        Acceptance accepted;
        Instant due;
        try {
            accepted = new AcceptancePolicy().accept(received, context);
            due = term.isEmpty() ? null : CatalogDeadlinesAgreementTest.generalDue(accepted.acceptedAt(), term.get(), context, line -> { });
        } catch (OutsideCalendarException beyond) {
            // the policy refuses the deadline, or (a minute term due on the calendar's last day, which it counts from its
            // tables) the explanation when read, whose span looks one day further, as the general policies' does
            assertThat(catchThrowable(() -> POLICY.deadline(standard.id(), version, channel, location, office, received).explanation().lines()))
                    .as(what + ": the general policies throw " + beyond.getMessage()).isInstanceOf(OutsideCalendarException.class);
            return 1;
        }
        assertThat(POLICY.acceptance(version, channel, office, received)).as(what).isEqualTo(accepted);
        if (due != null) {
            Deadline deadline = POLICY.deadline(standard.id(), version, channel, location, office, received);
            assertThat(deadline.acceptance()).as(what).isEqualTo(accepted);
            assertThat(deadline.dueAt()).as(what).isEqualTo(due);
        }
        return 0;
    }

    @Test
    void aPortalRequestOnNewYearsEveAfterHoursIsAcceptedInTheStatutoryOnlyYearAfterItsHolidays() {
        ServiceStandard duplicate = standard("803005");
        Instant received = almaty("2026-12-31T18:30");
        Deadline deadline = POLICY.deadline(duplicate.id(), duplicate.versionOn(LocalDate.of(2026, 12, 31)).orElseThrow(), Channel.EGOV_PORTAL,
                received);
        assertThat(deadline.acceptance().reason()).isEqualTo(AcceptanceReason.AFTER_INTAKE_HOURS);
        assertThat(deadline.acceptance().acceptedAt().atZone(ALMATY).toLocalDate())
                .as("1 and 2 January are holidays, 2 January (a Saturday) moves to Monday 4 January, so Tuesday 5 January 2027")
                .isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(deadline.explanation().lines()).contains(new Explanation.StatutoryRulesOnly(2027));
    }

    @Test
    void thePortalAtNightAcceptsAtTheOpeningOfTheSameWorkingDay() {
        ServiceStandard duplicate = standard("803005");
        Deadline deadline = POLICY.deadline(duplicate.id(), duplicate.versionOn(LocalDate.of(2025, 6, 17)).orElseThrow(), Channel.EGOV_PORTAL,
                almaty("2025-06-17T03:00"));
        assertThat(deadline.acceptance().reason()).isEqualTo(AcceptanceReason.BEFORE_INTAKE_HOURS);
        assertThat(deadline.acceptance().acceptedAt().atZone(ALMATY).toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 17));
    }

    @Test
    void aDutyDepartmentTakesASaturdayRequestThatDayAndAnOrdinaryOneOnMonday() {
        ServiceStandard voucher = standard("camp-voucher");
        StandardVersion version = voucher.versionOn(LocalDate.of(2025, 6, 14)).orElseThrow();
        Instant saturdayNoon = almaty("2025-06-14T12:00");
        Deadline duty = POLICY.deadline(voucher.id(), version, Channel.STATE_CORPORATION, null, OfficeKind.DUTY, saturdayNoon);
        assertThat(duty.acceptance().reason()).isEqualTo(AcceptanceReason.WITHIN_INTAKE_HOURS);
        assertThat(duty.acceptance().acceptedAt()).isEqualTo(saturdayNoon);
        Deadline ordinary = POLICY.deadline(voucher.id(), version, Channel.STATE_CORPORATION, null, OfficeKind.ORDINARY, saturdayNoon);
        assertThat(ordinary.acceptance().reason()).isEqualTo(AcceptanceReason.DAY_OFF);
        assertThat(ordinary.acceptance().acceptedAt().atZone(ALMATY).toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(duty.dueAt()).as("counted from Saturday, not from Monday").isBefore(ordinary.dueAt());
    }
}
