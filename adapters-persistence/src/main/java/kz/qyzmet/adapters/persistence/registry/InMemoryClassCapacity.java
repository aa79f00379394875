package kz.qyzmet.adapters.persistence.registry;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.domain.request.ProviderId;

/** Schools' places per admission campaign, in memory, as a test or an embedding application states them. */
public final class InMemoryClassCapacity implements ClassCapacity {

    private final Map<String, Integer> places = new ConcurrentHashMap<>();

    /** States a school's places in a year's campaign. */
    public InMemoryClassCapacity places(ProviderId school, int year, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("places: must not be negative, was " + count);
        }
        places.put(school.value() + "/" + year, count);
        return this;
    }

    @Override
    public OptionalInt places(ProviderId school, int year) {
        Integer count = places.get(school.value() + "/" + year);
        return count == null ? OptionalInt.empty() : OptionalInt.of(count);
    }
}
