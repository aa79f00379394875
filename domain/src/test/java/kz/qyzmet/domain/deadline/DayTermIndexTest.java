package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.qyzmet.domain.calendar.OutsideCalendarException;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast index gives the same deadlines as the day-term policy, across the 2024 time-zone change too. */
class DayTermIndexTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final WorkingCalendar CALENDAR = StatutoryHolidays.calendar();
    private static final DayTermIndex INDEX = new DayTermIndex(CALENDAR, Hours.school(), ALMATY);
    private static final DeadlineContext CONTEXT = new DeadlineContext(CALENDAR, ALMATY, new ServiceHours(Hours.school(), Hours.school(), false));

    @Test
    void theWorkedExample() {
        Instant accepted = ZonedDateTime.of(2025, 3, 17, 10, 0, 0, 0, ALMATY).toInstant();
        assertThat(INDEX.due(accepted, 15)).isEqualTo(ZonedDateTime.of(2025, 4, 10, 18, 30, 0, 0, ALMATY).toInstant());
    }

    @Property(tries = 2000)
    void agreesWithTheDayTermPolicy(@ForAll @IntRange(max = 1400 * 24 * 60) int minuteOffset,
                                    @ForAll @IntRange(min = 1, max = 60) int days) {
        Instant accepted = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(minuteOffset * 60L);
        Instant expected = new DayTermPolicy().due(accepted, new ProcessingTerm.WorkingDays(days, true), CONTEXT, line -> { });
        assertThat(INDEX.due(accepted, days)).isEqualTo(expected);
    }

    @Test
    void refusesMomentsOutsideTheCalendar() {
        assertThatThrownBy(() -> INDEX.due(Instant.parse("2031-06-01T00:00:00Z"), 5)).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> INDEX.due(Instant.parse("2019-06-01T00:00:00Z"), 5)).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> INDEX.due(Instant.parse("2025-06-02T06:00:00Z"), 0)).hasMessage("workingDays: must be at least 1, was 0");
    }
}
