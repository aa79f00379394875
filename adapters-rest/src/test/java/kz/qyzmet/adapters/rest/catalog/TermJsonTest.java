package kz.qyzmet.adapters.rest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.Map;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.YearAnchor;
import org.junit.jupiter.api.Test;

/** Every kind of processing term has its own JSON shape, the same as in the catalog files. */
class TermJsonTest {

    @Test
    void everyKindOfTermHasItsShape() {
        assertThat(TermJson.of(ProcessingTerm.workingDays(15))).containsExactly(Map.entry("workingDays", 15));
        assertThat(TermJson.of(new ProcessingTerm.WorkingDays(3, false)))
                .containsExactly(Map.entry("workingDays", 3), Map.entry("acceptanceDayCounted", false));
        assertThat(TermJson.of(ProcessingTerm.minutes(30))).containsExactly(Map.entry("minutes", 30));
        assertThat(TermJson.of(new ProcessingTerm.Hours(2))).containsExactly(Map.entry("hours", 2));
        assertThat(TermJson.of(new ProcessingTerm.ByDate(MonthDay.of(8, 30), YearAnchor.SCHOOL_YEAR)))
                .containsExactly(Map.entry("byDate", "--08-30"), Map.entry("year", "SCHOOL_YEAR"));
    }
}
