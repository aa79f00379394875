package kz.qyzmet.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A holiday that is a day off every year on the same date, over the period in which the law makes it one.
 *
 * @param code   stable code, such as {@code nauryz-1}
 * @param date   the day and month
 * @param kind   whether its day off moves when it falls on a weekend
 * @param name   the holiday's name
 * @param from   the first day of the period in which it is a day off
 * @param to     the last day of that period, or null while in force
 * @param source the act that makes it a day off
 */
public record HolidayRule(CatalogCode code, MonthDay date, HolidayKind kind, LocalizedText name, LocalDate from, LocalDate to,
                          LegalSource source) {

    public HolidayRule {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(date, "date: required");
        Objects.requireNonNull(kind, "kind: required");
        Objects.requireNonNull(name, "name: required");
        Objects.requireNonNull(from, "from: required");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to: " + to + " is before from " + from + " (" + code + ")");
        }
        LegalSource.require(source, "source");
    }

    /** Whether the rule makes that day a day off. */
    public boolean fallsOn(LocalDate day) {
        return date.getMonth() == day.getMonth() && date.getDayOfMonth() == day.getDayOfMonth()
                && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether two rules with one code claim the same days. */
    boolean overlaps(HolidayRule other) {
        LocalDate thisEnd = to == null ? LocalDate.MAX : to;
        LocalDate otherEnd = other.to == null ? LocalDate.MAX : other.to;
        return !from.isAfter(otherEnd) && !other.from.isAfter(thisEnd);
    }
}
