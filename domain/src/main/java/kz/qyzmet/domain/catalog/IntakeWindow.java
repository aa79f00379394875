package kz.qyzmet.domain.catalog;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A period of the year in which applications are taken ("first grade: 1 June – 30 August",
 * "applications 1 September – 31 December"). A request outside its window is refused at intake.
 *
 * <p>A window may be for certain grades only: the 2024 plan gives first grade and tenth grade a window each (004
 * plan row 5 item 3), the 2015 regulation a window for first grade (003 regulation 1 para 11). Such a window
 * applies only to applications for its grades; an application for another grade is not refused by it. A window
 * with no grades applies to every application of its service.
 *
 * @param code   stable code, such as {@code first-grade}
 * @param label  what the window is for
 * @param from   first day, inclusive
 * @param to     last day, inclusive, not before {@code from} within the year
 * @param year   calendar year or school year
 * @param source where it comes from; for a window of certain grades, the text that names them
 * @param grades the grades it is for, as its source names them; empty (or null): every application of the service
 */
public record IntakeWindow(CatalogCode code, LocalizedText label, MonthDay from, MonthDay to, YearAnchor year, Citation source,
                           Set<SchoolGrade> grades) {

    /** A window for every application of its service. */
    public IntakeWindow(CatalogCode code, LocalizedText label, MonthDay from, MonthDay to, YearAnchor year, Citation source) {
        this(code, label, from, to, year, source, Set.of());
    }

    public IntakeWindow {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(label, "label: required");
        Objects.requireNonNull(from, "from: required");
        Objects.requireNonNull(to, "to: required");
        Objects.requireNonNull(year, "year: required (CALENDAR_YEAR or SCHOOL_YEAR)");
        Objects.requireNonNull(source, "source: required");
        // null reads as empty: windows stored (in refusal events) before windows named their grades were for everyone
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        if (!year.ordered(from, to)) {
            throw new IllegalArgumentException("from/to: " + from + " comes after " + to + " in the " + year + " (" + code + ")");
        }
    }

    /** Whether the window is for certain grades only. */
    public boolean gradeBound() {
        return !grades.isEmpty();
    }

    /**
     * Whether the window applies to an application for that grade: a window for certain grades applies to those
     * grades only; a window with no grades applies to every application. An application that does not say its
     * grade (one stored before requests carried it) is held to every window.
     */
    public boolean appliesTo(SchoolGrade grade) {
        return grades.isEmpty() || grade == null || grades.contains(grade);
    }

    /** Whether applications may be taken on that day. */
    public boolean isOpenOn(LocalDate day) {
        LocalDate first = year.resolve(from, day);
        LocalDate last = year.resolve(to, day);
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
