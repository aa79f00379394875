package kz.qyzmet.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Intake windows of the calendar year and of the school year that starts on 1 September. */
class IntakeWindowTest {

    private static IntakeWindow window(String from, String to, YearAnchor year) {
        return new IntakeWindow(CatalogCode.of("w"), Fixtures.TEXT, MonthDay.parse(from), MonthDay.parse(to), year, Fixtures.SOURCE);
    }

    @Test
    void aCalendarYearWindowIncludesBothEnds() {
        IntakeWindow firstGrade = window("--04-01", "--08-01", YearAnchor.CALENDAR_YEAR);
        assertThat(firstGrade.isOpenOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(firstGrade.isOpenOn(LocalDate.of(2026, 8, 2))).isFalse();
    }

    @Test
    void notLaterThanFirstDecemberOfTheCurrentSchoolYear() {
        IntakeWindow externat = window("--09-01", "--12-01", YearAnchor.SCHOOL_YEAR);
        assertThat(externat.isOpenOn(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(externat.isOpenOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(externat.isOpenOn(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(externat.isOpenOn(LocalDate.of(2027, 3, 1))).as("after 1 December of school year 2026/27").isFalse();
        assertThat(externat.isOpenOn(LocalDate.of(2027, 8, 31))).isFalse();
    }

    @Test
    void aSchoolYearWindowMayRunAcrossNewYear() {
        IntakeWindow winter = window("--11-15", "--02-15", YearAnchor.SCHOOL_YEAR);
        assertThat(winter.isOpenOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(winter.isOpenOn(LocalDate.of(2027, 1, 15))).isTrue();
        assertThat(winter.isOpenOn(LocalDate.of(2027, 2, 16))).isFalse();
        assertThat(winter.isOpenOn(LocalDate.of(2026, 11, 14))).isFalse();
    }

    @Test
    void aCalendarYearWindowCannotRunBackwards() {
        assertThatThrownBy(() -> window("--12-01", "--09-01", YearAnchor.CALENDAR_YEAR))
                .hasMessageContaining("from/to: --12-01 comes after --09-01 in the CALENDAR_YEAR");
    }

    @Test
    void aSchoolYearWindowCannotRunPastTheEndOfTheSchoolYear() {
        assertThatThrownBy(() -> window("--06-01", "--10-01", YearAnchor.SCHOOL_YEAR))
                .hasMessageContaining("comes after --10-01 in the SCHOOL_YEAR");
    }

    @Test
    void twentyNinthFebruaryFallsBackToTheLastDayOfFebruaryInOtherYears() {
        assertThat(YearAnchor.CALENDAR_YEAR.resolve(MonthDay.of(2, 29), LocalDate.of(2026, 5, 1)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(YearAnchor.CALENDAR_YEAR.resolve(MonthDay.of(2, 29), LocalDate.of(2028, 5, 1)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
