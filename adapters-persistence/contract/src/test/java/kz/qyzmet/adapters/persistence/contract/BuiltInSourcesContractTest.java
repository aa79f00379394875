package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.application.calendar.port.out.CalendarSource;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import org.junit.jupiter.api.Nested;

/** The built-in catalog and calendar keep their sources' contracts. */
class BuiltInSourcesContractTest {

    @Nested
    class BuiltInCatalog extends CatalogSourceContract {
        private final JsonCatalogSource source = JsonCatalogSource.builtIn();

        @Override
        protected CatalogSource source() {
            return source;
        }
    }

    @Nested
    class BuiltInCalendar extends CalendarSourceContract {
        private final JsonCalendarSource source = JsonCalendarSource.builtIn();

        @Override
        protected CalendarSource source() {
            return source;
        }
    }
}
