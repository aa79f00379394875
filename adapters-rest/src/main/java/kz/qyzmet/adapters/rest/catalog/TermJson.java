package kz.qyzmet.adapters.rest.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/** The JSON shape of a processing term, the same as in the catalog files: {@code {"workingDays": 15}}. */
public final class TermJson {

    private TermJson() {
    }

    public static Map<String, Object> of(ProcessingTerm term) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (term instanceof ProcessingTerm.WorkingDays days) {
            json.put("workingDays", days.days());
            if (!days.acceptanceDayCounted()) {
                json.put("acceptanceDayCounted", false);
            }
        } else if (term instanceof ProcessingTerm.Minutes minutes) {
            json.put("minutes", minutes.minutes());
        } else if (term instanceof ProcessingTerm.Hours hours) {
            json.put("hours", hours.hours());
        } else if (term instanceof ProcessingTerm.ByDate date) {
            json.put("byDate", date.date().toString());
            json.put("year", date.year().name());
        }
        return json;
    }
}
