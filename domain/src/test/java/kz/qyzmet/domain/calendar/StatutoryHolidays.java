package kz.qyzmet.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A test copy of the statutory holidays since 2023 (Law "On holidays" as amended in 2022), written out by
 * hand so that the domain's rules are tested independently of the shipped data files, plus the 2025 data
 * (transfer of 3 January to 5 January, Kurban ait on 6 June).
 */
public final class StatutoryHolidays {

    public static final LegalSource LAW = new LegalSource("Law No. 267-II of 13 December 2001 \"On holidays in the Republic of Kazakhstan\"",
            "art. 1 (test copy)", null);
    public static final LegalSource ORDER_436 = new LegalSource("Order No. 436 of 21 November 2024", "p. 1 (test copy)", null);

    private StatutoryHolidays() {
    }

    public static List<HolidayRule> rules() {
        List<HolidayRule> rules = new ArrayList<>();
        add(rules, "new-year", "--01-01", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "new-year-2", "--01-02", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "orthodox-christmas", "--01-07", HolidayKind.RELIGIOUS);
        add(rules, "womens-day", "--03-08", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "nauryz-1", "--03-21", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "nauryz-2", "--03-22", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "nauryz-3", "--03-23", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "unity-day", "--05-01", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "defender-day", "--05-07", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "victory-day", "--05-09", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "capital-day", "--07-06", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "constitution-day", "--08-30", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "republic-day", "--10-25", HolidayKind.NATIONAL_OR_STATE);
        add(rules, "independence-day", "--12-16", HolidayKind.NATIONAL_OR_STATE);
        return rules;
    }

    private static void add(List<HolidayRule> rules, String code, String date, HolidayKind kind) {
        rules.add(new HolidayRule(CatalogCode.of(code), MonthDay.parse(date), kind, LocalizedText.of(code, code),
                LocalDate.of(2023, 1, 1), null, LAW));
    }

    public static CalendarYear year2025() {
        return new CalendarYear(2025, true,
                List.of(new DatedDayOff(CatalogCode.of("kurban-ait"), LocalDate.of(2025, 6, 6), LocalizedText.of("Құрбан айт", "Курбан айт"), LAW)),
                List.of(new Transfer(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 5), ORDER_436)),
                null);
    }

    /** 2023–2027, with decree data for 2025 only. */
    public static WorkingCalendar calendar() {
        return WorkingCalendar.of(rules(), List.of(year2025()), 2023, 2027);
    }
}
