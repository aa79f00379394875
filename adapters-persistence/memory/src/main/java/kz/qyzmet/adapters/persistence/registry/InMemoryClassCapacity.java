package kz.qyzmet.adapters.persistence.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.domain.request.ProviderId;

/**
 * Schools' places per admission campaign, given in code or read from a JSON file of the form
 * <pre>{@code
 * {"school-1": {"2025": 50, "2026": 75}}
 * }</pre>
 * (providers, then years, then first-grade places). Thread-safe.
 */
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

    /**
     * Reads the configuration file.
     *
     * @throws IllegalArgumentException naming the file, the entry and the rule it breaks
     */
    public static InMemoryClassCapacity fromFile(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": must be an object of providers, each an object of years");
        }
        InMemoryClassCapacity capacity = new InMemoryClassCapacity();
        for (Iterator<Map.Entry<String, JsonNode>> providers = root.fields(); providers.hasNext(); ) {
            Map.Entry<String, JsonNode> provider = providers.next();
            if (!provider.getValue().isObject()) {
                throw new IllegalArgumentException(file + ": " + provider.getKey() + ": must be an object of years");
            }
            for (Iterator<Map.Entry<String, JsonNode>> years = provider.getValue().fields(); years.hasNext(); ) {
                Map.Entry<String, JsonNode> year = years.next();
                String at = file + ": " + provider.getKey() + "." + year.getKey() + ": ";
                if (!year.getKey().matches("\\d{4}")) {
                    throw new IllegalArgumentException(at + "the year must be four digits");
                }
                if (!year.getValue().canConvertToInt() || !year.getValue().isIntegralNumber()) {
                    throw new IllegalArgumentException(at + "the places must be a whole number");
                }
                try {
                    capacity.places(ProviderId.of(provider.getKey()), Integer.parseInt(year.getKey()), year.getValue().intValue());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(at + e.getMessage(), e);
                }
            }
        }
        return capacity;
    }

    @Override
    public OptionalInt places(ProviderId school, int year) {
        Integer count = places.get(school.value() + "/" + year);
        return count == null ? OptionalInt.empty() : OptionalInt.of(count);
    }
}
