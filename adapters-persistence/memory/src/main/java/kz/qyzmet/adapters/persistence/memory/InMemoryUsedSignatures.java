package kz.qyzmet.adapters.persistence.memory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.application.request.port.out.UsedSignatures;

/** The signatures already taken, in memory: for tests and embedders without a database. */
public final class InMemoryUsedSignatures implements UsedSignatures {

    private final Map<String, String> takenBy = new ConcurrentHashMap<>();

    @Override
    public boolean take(String digest, String submission, Instant at) {
        return takenBy.computeIfAbsent(digest, key -> submission).equals(submission);
    }
}
