package kz.qyzmet.domain.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one year adds to the statutory rules: the religious days off dated that year and the transfers of
 * days off made for it.
 *
 * @param year             the year
 * @param decreeData       whether the year's transfers are known as complete; false (or no such year at all)
 *                         means the year is computed from the statutory rules only
 * @param religiousDaysOff religious days off dated this year (Kurban ait)
 * @param transfers        transfers of days off made for this year
 * @param note             a remark on the year's data, or null
 */
public record CalendarYear(int year, boolean decreeData, List<DatedDayOff> religiousDaysOff, List<Transfer> transfers, String note) {

    public CalendarYear {
        Objects.requireNonNull(religiousDaysOff, "religiousDaysOff: required (may be empty)");
        Objects.requireNonNull(transfers, "transfers: required (may be empty)");
        religiousDaysOff = List.copyOf(religiousDaysOff);
        transfers = List.copyOf(transfers);
        Set<LocalDate> dates = new HashSet<>();
        for (DatedDayOff dayOff : religiousDaysOff) {
            inYear(year, "religiousDaysOff.date", dayOff.date());
            unique(dates, "religiousDaysOff.date", dayOff.date());
        }
        for (Transfer transfer : transfers) {
            inYear(year, "transfers.dayOff", transfer.dayOff());
            inYear(year, "transfers.workingDay", transfer.workingDay());
            unique(dates, "transfers.dayOff", transfer.dayOff());
            unique(dates, "transfers.workingDay", transfer.workingDay());
        }
        if (!decreeData && !transfers.isEmpty()) {
            throw new IllegalArgumentException("decreeData: a year with transfers has decree data; set it true");
        }
    }

    /** A year known only from the statutory rules. */
    public static CalendarYear statutoryOnly(int year) {
        return new CalendarYear(year, false, List.of(), List.of(), null);
    }

    private static void inYear(int year, String field, LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(field + ": " + date + " lies outside the year " + year);
        }
    }

    private static void unique(Set<LocalDate> dates, String field, LocalDate date) {
        if (!dates.add(date)) {
            throw new IllegalArgumentException(field + ": " + date + " appears twice in the year's data");
        }
    }
}
