package kz.qyzmet.adapters.rest.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import kz.qyzmet.domain.language.Language;

/**
 * The deadline explanations already written for the API, by request, revision and language, so that a worklist
 * polled again and again does not read and word the same stored explanation on every call. A request at one
 * revision is one stored state (every change raises the revision, on every server on the database), so its
 * explanation in one language is always the same sentences; a request changed since is rendered anew. The least
 * recently shown are forgotten beyond {@code capacity}.
 */
final class RenderedExplanations {

    /** Enough for the pages a provider's staff keep open; about 2 KB each. */
    static final int DEFAULT_CAPACITY = 4_096;

    private record Key(UUID request, int revision, Language language) {
    }

    private final Map<Key, List<String>> rendered;

    RenderedExplanations(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be at least 1, was " + capacity);
        }
        this.rendered = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<String>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The explanation of the request at that revision in the language, rendered by {@code render} if not yet kept. */
    List<String> of(UUID request, int revision, Language language, Supplier<List<String>> render) {
        Key key = new Key(request, revision, language);
        List<String> kept;
        synchronized (rendered) {
            kept = rendered.get(key);
        }
        if (kept != null) {
            return kept;
        }
        // rendered outside the lock: two callers may both render it, and both get the same sentences
        List<String> lines = List.copyOf(render.get());
        synchronized (rendered) {
            rendered.put(key, lines);
        }
        return lines;
    }

    /** How many are kept (for tests). */
    int size() {
        synchronized (rendered) {
            return rendered.size();
        }
    }
}
