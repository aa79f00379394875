package kz.qyzmet.adapters.persistence.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.deadline.Timetable;
import org.junit.jupiter.api.Test;

/**
 * Every service of the built-in catalog, with the built-in calendar, on a request received on Thursday
 * 20 March 2025, the day before Nauryz: 21 March is a holiday, 22–23 March fall on the weekend and move
 * to 24–25 March, so the next working day is Wednesday 26 March. Each due moment was counted by hand.
 */
class CatalogDeadlinesAcrossNauryzTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Catalog CATALOG = JsonCatalogSource.builtIn().catalog();
    private static final DeadlinePolicy POLICY = new DeadlinePolicy(JsonCalendarSource.builtIn().calendar(), ALMATY, defaultHours());

    /** The provider's default hours, Mon–Fri 9:00–18:00 with lunch 13:00–14:00. */
    static Timetable defaultHours() {
        Set<DayOfWeek> weekdays = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        OpeningHours hours = new OpeningHours(weekdays, TimeRange.of("09:00", "18:00"), TimeRange.of("13:00", "14:00"), null);
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach(day -> week.put(day, hours));
        return new Timetable(week, "test default Mon–Fri 09:00–18:00");
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2025, month, day, hour, minute, 0, 0, ALMATY).toInstant();
    }

    private static Deadline deadline(String service, Channel channel, Instant received) {
        ServiceStandard standard = CATALOG.find(service).orElseThrow();
        return POLICY.deadline(standard.id(), standard.versionOn(LocalDate.of(2025, 3, 20)).orElseThrow(), channel, received);
    }

    private static void assertCrossesNauryz(Deadline deadline) {
        assertThat(deadline.explanation().lines()).anySatisfy(line -> assertThat(line).isInstanceOfSatisfying(
                Explanation.DaySkipped.class, skipped -> assertThat(skipped.day()).isInstanceOf(DayStatus.MovedHoliday.class)));
    }

    @Test
    void preschoolQueueThirtyMinutesAfterHoursBeforeNauryz() {
        Deadline deadline = deadline("403001", Channel.PROVIDER_OFFICE, at(3, 20, 18, 15));
        assertThat(deadline.acceptance().acceptedAt()).isEqualTo(at(3, 26, 9, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(3, 26, 9, 30));
    }

    @Test
    void preschoolAdmissionThirtyMinutesAcrossNauryzOnDefaultHours() {
        Deadline deadline = deadline("403002", Channel.PROVIDER_OFFICE, at(3, 20, 17, 50));
        assertThat(deadline.dueAt()).isEqualTo(at(3, 26, 9, 20));
        assertThat(deadline.explanation().lines()).anyMatch(Explanation.HoursAssumed.class::isInstance);
        assertCrossesNauryz(deadline);
    }

    @Test
    void schoolAdmissionOneWorkingDay() {
        Deadline deadline = deadline("school-admission", Channel.PROVIDER_OFFICE, at(3, 20, 10, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(3, 26, 18, 30));
        assertCrossesNauryz(deadline);
    }

    @Test
    void homeSchoolingTwoWorkingDaysViaThePortal() {
        Deadline deadline = deadline("home-schooling", Channel.EGOV_PORTAL, at(3, 20, 10, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(3, 27, 18, 30));
        assertCrossesNauryz(deadline);
    }

    @Test
    void schoolMealsFiveWorkingDays() {
        Deadline deadline = deadline("school-meals", Channel.STATE_CORPORATION, at(3, 20, 10, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(4, 1, 18, 0));
        assertCrossesNauryz(deadline);
    }

    @Test
    void schoolTransferWithinItsThirtyMinuteDeskTime() {
        assertThat(deadline("school-transfer", Channel.PROVIDER_OFFICE, at(3, 20, 10, 0)).dueAt()).isEqualTo(at(3, 20, 10, 30));
    }

    @Test
    void duplicateFifteenWorkingDays() {
        Deadline deadline = deadline("803005", Channel.STATE_CORPORATION, at(3, 20, 10, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(4, 15, 18, 0));
        assertCrossesNauryz(deadline);
    }

    @Test
    void teacherAttestationThreeWorkingDaysAtTheStateCorporation() {
        Deadline deadline = deadline("803014", Channel.STATE_CORPORATION, at(3, 20, 10, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(3, 28, 18, 0));
        assertCrossesNauryz(deadline);
    }

    @Test
    void campVoucherFiveWorkingDays() {
        Deadline deadline = deadline("camp-voucher", Channel.PROVIDER_OFFICE, at(3, 20, 10, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(4, 1, 18, 30));
        assertCrossesNauryz(deadline);
    }

    @Test
    void externatFifteenWorkingDaysViaThePortalAfterHours() {
        // received Thursday 20:30 on the portal: after hours, accepted on Wednesday 26 March
        Deadline deadline = deadline("externat-permission", Channel.EGOV_PORTAL, at(3, 20, 20, 30));
        assertThat(deadline.acceptance().acceptedAt()).isEqualTo(at(3, 26, 9, 0));
        assertThat(deadline.dueAt()).isEqualTo(at(4, 16, 18, 0));
    }
}
