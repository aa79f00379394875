package kz.qyzmet.domain.catalog;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A period of the year in which applications are taken ("first grade: 1 June – 30 August",
 * "applications 1 September – 31 December"). A request outside its window is refused at intake.
 *
 * @param code   stable code, such as {@code first-grade}
 * @param label  what the window is for
 * @param from   first day, inclusive
 * @param to     last day, inclusive, not before {@code from} within the year
 * @param year   calendar year or school year
 * @param source where it comes from
 */
public record IntakeWindow(CatalogCode code, LocalizedText label, MonthDay from, MonthDay to, YearAnchor year, Citation source) {

    public IntakeWindow {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(label, "label: required");
        Objects.requireNonNull(from, "from: required");
        Objects.requireNonNull(to, "to: required");
        Objects.requireNonNull(year, "year: required (CALENDAR_YEAR or SCHOOL_YEAR)");
        Objects.requireNonNull(source, "source: required");
        if (!year.ordered(from, to)) {
            throw new IllegalArgumentException("from/to: " + from + " comes after " + to + " in the " + year + " (" + code + ")");
        }
    }

    /** Whether applications may be taken on that day. */
    public boolean isOpenOn(LocalDate day) {
        LocalDate first = year.resolve(from, day);
        LocalDate last = year.resolve(to, day);
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
