package kz.qyzmet.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A religious day off whose date is set each year, such as the first day of Kurban ait.
 *
 * @param code   stable code, such as {@code kurban-ait}
 * @param date   the day
 * @param name   its name
 * @param source the act or announcement that sets the date
 */
public record DatedDayOff(CatalogCode code, LocalDate date, LocalizedText name, LegalSource source) {
    public DatedDayOff {
        Objects.requireNonNull(code, "code: required");
        Objects.requireNonNull(date, "date: required");
        Objects.requireNonNull(name, "name: required");
        LegalSource.require(source, "source");
    }
}
