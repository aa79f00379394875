package kz.qyzmet.benchmarks.city;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * What a generated city holds, counted as its requests were built: by status, service, channel and month received,
 * how many are open (not in a final state) at the end of the year and how many of those are past their deadline,
 * and the events of all histories. The store must give the same counts back.
 */
public final class CityCounts {

    private final Instant end;
    private final Map<RequestStatus, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> byService = new TreeMap<>();
    private final Map<String, Long> byChannel = new TreeMap<>();
    private final Map<String, Long> byProvider = new TreeMap<>();
    private long requests;
    private long events;
    private long open;
    private long openWithDeadline;
    private long overdue;

    CityCounts(Instant end) {
        this.end = end;
    }

    void add(ServiceRequest request) {
        requests++;
        events += request.revision();
        byStatus.merge(request.status(), 1L, Long::sum);
        byService.merge(request.submission().service().value(), 1L, Long::sum);
        byChannel.merge(request.submission().channel().name(), 1L, Long::sum);
        byProvider.merge(request.submission().provider().value(), 1L, Long::sum);
        if (!request.status().terminal()) {
            open++;
            if (request.deadline().isPresent()) {
                openWithDeadline++;
                if (request.deadline().get().dueAt().isBefore(end)) {
                    overdue++;
                }
            }
        }
    }

    public long requests() {
        return requests;
    }

    /** The events of every history together: the rows of {@code request_events}. */
    public long events() {
        return events;
    }

    public Map<RequestStatus, Long> byStatus() {
        return Map.copyOf(byStatus);
    }

    public Map<String, Long> byService() {
        return Map.copyOf(byService);
    }

    public Map<String, Long> byChannel() {
        return Map.copyOf(byChannel);
    }

    public Map<String, Long> byProvider() {
        return Map.copyOf(byProvider);
    }

    /** Requests not in a final state at the end of the year. */
    public long open() {
        return open;
    }

    /** Open requests with a deadline: what one pass of the deadline watch walks. */
    public long openWithDeadline() {
        return openWithDeadline;
    }

    /** Open requests whose deadline passed before the end of the year. */
    public long overdue() {
        return overdue;
    }

    @Override
    public String toString() {
        return requests + " requests, " + events + " events; open " + open + " (with a deadline " + openWithDeadline + ", overdue " + overdue
                + ")\n  by status " + byStatus + "\n  by service " + byService + "\n  by channel " + byChannel;
    }
}
