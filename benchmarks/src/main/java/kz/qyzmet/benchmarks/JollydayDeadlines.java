package kz.qyzmet.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * "The n-th working day after d" with jollyday: jollyday answers "is this day a holiday", not "which day is
 * n working days on", so the deadline is the usual day loop, asking jollyday about each weekday and a set
 * about each Saturday and Sunday (jollyday has no notion of a worked weekend either).
 *
 * <p>The holidays are given to jollyday the documented way for a calendar of one's own: a holiday XML file
 * in its schema, loaded with {@code ManagerParameters.create(URL)}. The file is generated from the set, one
 * {@code <Fixed>} holiday per date with {@code validFrom = validTo =} its year.
 */
public final class JollydayDeadlines {

    private final HolidayManager manager;
    private final Set<LocalDate> workedWeekends;

    public JollydayDeadlines(HolidaySet set) {
        this.workedWeekends = Set.copyOf(set.workedWeekends());
        try {
            Path file = Files.createTempFile("Holidays_kz-qyzmet-", ".xml");
            try {
                Files.writeString(file, configuration(set), StandardCharsets.UTF_8);
                this.manager = HolidayManager.getInstance(ManagerParameters.create(file.toUri().toURL()));
                // jollyday reads the file on first use of a year; read every year while the file is there
                for (int year = set.first().getYear(); year <= set.last().getYear(); year++) {
                    manager.isHoliday(LocalDate.of(year, 1, 1));
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jollyday configuration holding the weekday holidays of the set. */
    public static String configuration(HolidaySet set) {
        StringBuilder xml = new StringBuilder(64 * set.weekdayHolidays().size() + 512);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Configuration hierarchy=\"kz-qyzmet\" description=\"Qyzmet built-in working calendar, weekday days off\"\n")
                .append("               xmlns=\"https://focus_shift.de/jollyday/schema/holiday\">\n")
                .append("  <Holidays>\n");
        for (LocalDate day : set.weekdayHolidays()) {
            xml.append("    <Fixed month=\"").append(day.getMonth()).append("\" day=\"").append(day.getDayOfMonth())
                    .append("\" validFrom=\"").append(day.getYear()).append("\" validTo=\"").append(day.getYear())
                    .append("\" descriptionPropertiesKey=\"QYZMET_DAY_OFF\"/>\n");
        }
        xml.append("  </Holidays>\n</Configuration>\n");
        return xml.toString();
    }

    /** Whether jollyday holds the day as a holiday. */
    public boolean isHoliday(LocalDate day) {
        return manager.isHoliday(day);
    }

    /** The n-th working day after {@code day}, the day itself not counted: one day at a time. */
    public LocalDate workingDayAfter(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (HolidaySet.isWeekend(current)) {
                if (workedWeekends.contains(current)) {
                    counted++;
                }
            } else if (!manager.isHoliday(current)) {
                counted++;
            }
        }
        return current;
    }
}
