package kz.qyzmet.adapters.rest.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.qyzmet.domain.catalog.ProcessingTerm;

/** The JSON shape of a processing term, the same as in the catalog files: {@code {"workingDays": 15}}. */
public final class TermJson {

    private TermJson() {
    }

    public static Map<String, Object> of(ProcessingTerm term) {
        return term.accept(FORM);
    }

    private static final ProcessingTerm.Visitor<Map<String, Object>> FORM = new ProcessingTerm.Visitor<>() {
        @Override
        public Map<String, Object> visit(ProcessingTerm.WorkingDays days) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("workingDays", days.days());
            if (!days.acceptanceDayCounted()) {
                json.put("acceptanceDayCounted", false);
            }
            return json;
        }

        @Override
        public Map<String, Object> visit(ProcessingTerm.Minutes minutes) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("minutes", minutes.minutes());
            return json;
        }

        @Override
        public Map<String, Object> visit(ProcessingTerm.Hours hours) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("hours", hours.hours());
            return json;
        }

        @Override
        public Map<String, Object> visit(ProcessingTerm.ByDate date) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("byDate", date.date().toString());
            json.put("year", date.year().name());
            return json;
        }
    };
}
