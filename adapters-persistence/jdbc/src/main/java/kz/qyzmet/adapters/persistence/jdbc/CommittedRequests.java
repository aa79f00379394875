package kz.qyzmet.adapters.persistence.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What this process committed last of each request it wrote, in the form the store reads it (the row's projected
 * status, channel and revision, the submission's JSON and each event's JSON, all immutable strings), so that a change
 * that starts from that revision — an acceptance right after the submission — restores the request through the same
 * code as a read ({@link StoredRequestRows#restore}) without a round trip ({@link JdbcRequestRepository#findAt}).
 *
 * <p>A request is remembered only after the commit that holds it succeeded, and forgotten when a write of it fails
 * (a revision that moved, a failed group, a commit whose outcome is unknown). Of two writes of one request by this
 * process, the later revision is kept. What is kept at a revision is what the database held at that revision,
 * whatever other processes wrote later: a revision is written once.
 *
 * <p>Bounded: at most {@link #MAX_REQUESTS} requests and {@link #MAX_CHARS} characters of stored text (about 16 MB of
 * strings), the least recently used forgotten first; a single request of more than a sixteenth of that is not kept.
 * Thread-safe (one lock; held for a map operation only).
 */
final class CommittedRequests {

    /** The most requests kept: a few seconds of writes at the throughput of a busy server. */
    static final int MAX_REQUESTS = 4_096;
    /** The most characters of stored text kept, over all requests. */
    static final long MAX_CHARS = 8L * 1024 * 1024;
    /** Characters counted for a request beside its text (its strings' headers, the map's entry). */
    private static final int OVERHEAD_CHARS = 64;

    /** A request as its rows hold it at {@code revision}: the projection it is checked against, and its texts. */
    record Committed(String status, String channel, int revision, String submission, List<String> events) {

        Committed {
            events = List.copyOf(events);
        }

        /** The same request with further events stored, at its new revision and status. */
        Committed then(String newStatus, int newRevision, List<String> added) {
            List<String> all = new ArrayList<>(events.size() + added.size());
            all.addAll(events);
            all.addAll(added);
            return new Committed(newStatus, channel, newRevision, submission, all);
        }

        long chars() {
            long chars = OVERHEAD_CHARS + submission.length();
            for (String event : events) {
                chars += event.length() + OVERHEAD_CHARS;
            }
            return chars;
        }
    }

    private final Map<UUID, Committed> requests = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    /** What the request held at {@code revision}, if this process committed it last at that revision. */
    synchronized Optional<Committed> at(UUID id, int revision) {
        Committed committed = requests.get(id);
        return committed != null && committed.revision() == revision ? Optional.of(committed) : Optional.empty();
    }

    /** Remembers a request just committed, unless a later revision of it is kept already. */
    synchronized void committed(UUID id, Committed committed) {
        long size = committed.chars();
        Committed kept = requests.get(id);
        if (kept != null && kept.revision() > committed.revision()) {
            return;
        }
        if (kept != null) {
            forget(id);
        }
        if (size > MAX_CHARS / 16) {
            return;
        }
        requests.put(id, committed);
        chars += size;
        var eldest = requests.entrySet().iterator();
        while (requests.size() > MAX_REQUESTS || chars > MAX_CHARS) {
            Map.Entry<UUID, Committed> oldest = eldest.next();
            chars -= oldest.getValue().chars();
            eldest.remove();
        }
    }

    /** Forgets a request, after a write of it failed: whatever the database now holds is read again. */
    synchronized void forget(UUID id) {
        Committed removed = requests.remove(id);
        if (removed != null) {
            chars -= removed.chars();
        }
    }

    /** How many requests are kept (for tests). */
    synchronized int size() {
        return requests.size();
    }
}
