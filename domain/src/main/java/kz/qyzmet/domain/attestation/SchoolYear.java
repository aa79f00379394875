package kz.qyzmet.domain.attestation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import kz.qyzmet.domain.catalog.YearAnchor;

/**
 * A school year: from 1 September to 31 August of the next year.
 *
 * @param start the 1 September it begins
 */
public record SchoolYear(LocalDate start) {

    private static final MonthDay FIRST_DAY = MonthDay.of(YearAnchor.SCHOOL_YEAR_START, 1);

    public SchoolYear {
        Objects.requireNonNull(start, "start: required");
        if (!MonthDay.from(start).equals(FIRST_DAY)) {
            throw new IllegalArgumentException("start: a school year begins on 1 September, not " + start);
        }
    }

    /** The school year a day belongs to. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(YearAnchor.SCHOOL_YEAR.resolve(FIRST_DAY, day));
    }

    /** Whether the day lies in this school year. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(start.plusYears(1));
    }

    @Override
    public String toString() {
        return start.getYear() + "/" + (start.getYear() + 1);
    }
}
