package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws every deadline obeys, over random acceptance moments in 2023–2026 and random terms. */
class WorkingDayLawsTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final WorkingCalendar CALENDAR = StatutoryHolidays.calendar();
    private static final DeadlineContext CONTEXT = new DeadlineContext(CALENDAR, ALMATY,
            new ServiceHours(null, Hours.provider(), false));
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

    private static LocalDate day(int offset) {
        return FIRST.plusDays(offset);
    }

    private static Instant moment(int dayOffset, int minuteOfDay) {
        return ZonedDateTime.of(day(dayOffset).atStartOfDay(), ALMATY).plusMinutes(minuteOfDay).toInstant();
    }

    private static LocalDate dueDay(Instant received, int days) {
        Acceptance acceptance = new AcceptancePolicy().accept(received, CONTEXT);
        Instant due = new DayTermPolicy().due(acceptance.acceptedAt(), new ProcessingTerm.WorkingDays(days, true), CONTEXT, line -> { });
        return due.atZone(ALMATY).toLocalDate();
    }

    @Property
    void aDeadlineIsNeverOnANonWorkingDay(@ForAll @IntRange(max = 1400) int dayOffset,
                                         @ForAll @IntRange(max = 1439) int minute,
                                         @ForAll @IntRange(min = 1, max = 60) int days) {
        assertThat(CALENDAR.isWorkingDay(dueDay(moment(dayOffset, minute), days))).isTrue();
    }

    @Property
    void oneMoreWorkingDayIsStrictlyLater(@ForAll @IntRange(max = 1400) int dayOffset,
                                          @ForAll @IntRange(max = 1439) int minute,
                                          @ForAll @IntRange(min = 1, max = 60) int days) {
        Instant received = moment(dayOffset, minute);
        assertThat(dueDay(received, days + 1)).isAfter(dueDay(received, days));
    }

    @Property
    void countingTheWorkingDaysFromAcceptanceToTheDeadlineGivesTheTerm(@ForAll @IntRange(max = 1400) int dayOffset,
                                                                        @ForAll @IntRange(max = 1439) int minute,
                                                                        @ForAll @IntRange(min = 1, max = 60) int days) {
        Instant received = moment(dayOffset, minute);
        LocalDate accepted = new AcceptancePolicy().accept(received, CONTEXT).acceptedAt().atZone(ALMATY).toLocalDate();
        assertThat(CALENDAR.workingDaysBetween(accepted, dueDay(received, days))).isEqualTo(days);
    }

    @Property
    void theIndexAgreesWithWalkingDayByDay(@ForAll @IntRange(max = 1400) int dayOffset,
                                           @ForAll @IntRange(min = 1, max = 40) int days) {
        LocalDate walked = day(dayOffset);
        int counted = 0;
        while (counted < days) {
            walked = walked.plusDays(1);
            if (CALENDAR.status(walked).working()) {
                counted++;
            }
        }
        assertThat(CALENDAR.workingDayAfter(day(dayOffset), days)).isEqualTo(walked);
    }

    @Property
    void acceptanceIsNeverBeforeReceiptAndAlwaysOnAnOpenDay(@ForAll @IntRange(max = 1400) int dayOffset,
                                                            @ForAll @IntRange(max = 1439) int minute) {
        Instant received = moment(dayOffset, minute);
        Acceptance acceptance = new AcceptancePolicy().accept(received, CONTEXT);
        assertThat(acceptance.acceptedAt()).isAfterOrEqualTo(received);
        LocalDate day = acceptance.acceptedAt().atZone(ALMATY).toLocalDate();
        assertThat(Hours.provider().on(day, CALENDAR)).isPresent();
    }
}
