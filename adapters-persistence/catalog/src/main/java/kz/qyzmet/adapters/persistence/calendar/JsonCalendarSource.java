package kz.qyzmet.adapters.persistence.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.persistence.datafile.DataDirectory;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.adapters.persistence.datafile.FieldException;
import kz.qyzmet.application.calendar.port.out.CalendarSource;
import kz.qyzmet.domain.calendar.CalendarYear;
import kz.qyzmet.domain.calendar.DatedDayOff;
import kz.qyzmet.domain.calendar.HolidayKind;
import kz.qyzmet.domain.calendar.HolidayRule;
import kz.qyzmet.domain.calendar.LegalSource;
import kz.qyzmet.domain.calendar.Transfer;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.CatalogCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working calendar as JSON data (format: {@code docs/calendar-format.md}): {@code holidays.json} with
 * the statutory holidays and the years covered, and {@code years/YYYY.json} per year with its transfers and
 * dated religious days off. Read and validated when created; bad data stops start-up with a
 * {@link CalendarFileException} naming the file, the field and the rule.
 *
 * <p>A deployment's directory may hold only some years: {@link #withOverrides(Path)} reads the built-in
 * data and lets each year file of the directory add or replace that year.
 */
public final class JsonCalendarSource implements CalendarSource {

    /** Where the built-in calendar lies on the class path. */
    public static final String BUILT_IN_ROOT = "qyzmet/calendar/";

    private static final Logger LOG = LoggerFactory.getLogger(JsonCalendarSource.class);
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

    private final WorkingCalendar calendar;

    private JsonCalendarSource(DataDirectory rulesDirectory, List<DataDirectory> yearDirectories) {
        JsonNode holidaysJson = read(rulesDirectory, "holidays.json");
        Field holidays = new Field(holidaysJson, "");
        int from;
        int to;
        List<HolidayRule> rules;
        try {
            holidays.allowOnly("covers", "holidays");
            Field covers = holidays.required("covers").allowOnly("from", "to");
            from = covers.required("from").positiveInt();
            to = covers.required("to").positiveInt();
            rules = holidays.required("holidays").nonEmptyList(JsonCalendarSource::rule);
        } catch (FieldException e) {
            throw new CalendarFileException("holidays.json", e.path(), e.rule());
        }
        Map<Integer, CalendarYear> years = new java.util.TreeMap<>();
        for (DataDirectory directory : yearDirectories) {
            Set<Integer> present = new HashSet<>();
            Optional<List<String>> listed = directory.list("years");
            if (listed.isPresent()) {
                for (String name : listed.get()) {
                    Matcher matcher = YEAR_FILE.matcher(name);
                    if (!matcher.matches()) {
                        throw new CalendarFileException("years/" + name, "(file)", "a year file is named YYYY.json");
                    }
                    present.add(Integer.parseInt(matcher.group(1)));
                }
            } else {
                for (int year = from; year <= to; year++) {
                    present.add(year);
                }
            }
            for (int year : present) {
                String file = "years/" + year + ".json";
                Optional<JsonNode> json;
                try {
                    json = directory.read(file);
                } catch (FieldException e) {
                    throw new CalendarFileException(file, e.path(), e.rule());
                }
                if (json.isPresent()) {
                    years.put(year, year(file, year, new Field(json.get(), "")));
                }
            }
        }
        int last = Math.max(to, years.keySet().stream().mapToInt(Integer::intValue).max().orElse(to));
        int first = Math.min(from, years.keySet().stream().mapToInt(Integer::intValue).min().orElse(from));
        try {
            this.calendar = WorkingCalendar.of(rules, List.copyOf(years.values()), first, last);
        } catch (IllegalArgumentException e) {
            throw new CalendarFileException("holidays.json and years/", "(data)", e.getMessage());
        }
        LOG.info("Working calendar loaded: {}–{}, {} holiday rules, decree data for {}", first, last, rules.size(),
                years.values().stream().filter(CalendarYear::decreeData).map(CalendarYear::year).toList());
    }

    /** The calendar shipped with Qyzmet. */
    public static JsonCalendarSource builtIn() {
        DataDirectory builtIn = DataDirectory.classpath(BUILT_IN_ROOT);
        return new JsonCalendarSource(builtIn, List.of(builtIn));
    }

    /** A complete calendar in a directory: {@code holidays.json} and {@code years/}. */
    public static JsonCalendarSource fromDirectory(Path root) {
        DataDirectory directory = DataDirectory.of(root);
        return new JsonCalendarSource(directory, List.of(directory));
    }

    /**
     * The built-in calendar, with the year files of a deployment's directory ({@code years/YYYY.json}) added
     * or replacing the built-in ones; a {@code holidays.json} there replaces the statutory rules too.
     */
    public static JsonCalendarSource withOverrides(Path root) {
        DataDirectory builtIn = DataDirectory.classpath(BUILT_IN_ROOT);
        DataDirectory overrides = DataDirectory.of(root);
        DataDirectory rules = overrides.read("holidays.json").isPresent() ? overrides : builtIn;
        return new JsonCalendarSource(rules, List.of(builtIn, overrides));
    }

    @Override
    public WorkingCalendar calendar() {
        return calendar;
    }

    private static HolidayRule rule(Field f) {
        f.allowOnly("code", "date", "kind", "name", "from", "to", "source");
        return f.build(() -> new HolidayRule(
                f.required("code").build(() -> CatalogCode.of(f.required("code").text())),
                f.required("date").monthDay(),
                f.required("kind").enumValue(HolidayKind.class),
                f.required("name").localizedText(),
                f.required("from").date(),
                f.optional("to").map(Field::date).orElse(null),
                source(f.required("source"))));
    }

    private static CalendarYear year(String file, int expected, Field f) {
        try {
            f.allowOnly("year", "decreeData", "religiousDaysOff", "transfers", "note");
            int year = f.required("year").positiveInt();
            if (year != expected) {
                throw f.required("year").broken("must equal the file's year " + expected + ", was " + year);
            }
            boolean decreeData = f.required("decreeData").bool();
            List<DatedDayOff> religious = f.optional("religiousDaysOff").map(list -> list.list(JsonCalendarSource::datedDayOff)).orElse(List.of());
            List<Transfer> transfers = f.optional("transfers").map(list -> list.list(JsonCalendarSource::transfer)).orElse(List.of());
            String note = f.optional("note").map(Field::text).orElse(null);
            return f.build(() -> new CalendarYear(year, decreeData, religious, transfers, note));
        } catch (FieldException e) {
            throw new CalendarFileException(file, e.path(), e.rule());
        }
    }

    private static DatedDayOff datedDayOff(Field f) {
        f.allowOnly("code", "date", "name", "source");
        return f.build(() -> new DatedDayOff(CatalogCode.of(f.required("code").text()), f.required("date").date(),
                f.required("name").localizedText(), source(f.required("source"))));
    }

    private static Transfer transfer(Field f) {
        f.allowOnly("dayOff", "workingDay", "source");
        LocalDate dayOff = f.required("dayOff").date();
        LocalDate workingDay = f.required("workingDay").date();
        LegalSource source = source(f.required("source"));
        return f.build(() -> new Transfer(dayOff, workingDay, source));
    }

    private static LegalSource source(Field f) {
        f.allowOnly("act", "at", "url");
        return f.build(() -> new LegalSource(f.required("act").text(), f.required("at").text(),
                f.optional("url").map(Field::text).orElse(null)));
    }

    private static JsonNode read(DataDirectory directory, String file) {
        try {
            return directory.require(file);
        } catch (FieldException e) {
            throw new CalendarFileException(file, e.path(), e.rule());
        }
    }
}
