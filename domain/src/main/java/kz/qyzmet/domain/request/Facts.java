package kz.qyzmet.domain.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the closed families of this package list their facts: one place, not a copy per member. */
final class Facts {

    private Facts() {
    }

    /** Name–value pairs in order (a value may be null: the fact is unknown). */
    static Map<String, Object> of(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs: names and values come in pairs");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            facts.put((String) pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(facts);
    }
}
