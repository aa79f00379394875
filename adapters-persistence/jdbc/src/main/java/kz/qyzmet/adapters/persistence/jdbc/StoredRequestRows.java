package kz.qyzmet.adapters.persistence.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;

/**
 * Turns the stored rows of a request back into the request, and checks them on the way: the history has no gap,
 * every payload reads, the history follows the lifecycle, and the row's projected status, channel and revision
 * agree with what the history says. Anything else is a {@link StoredDataException} naming the table, the row and
 * what is wrong, never a half-read request. The one part read later is a deadline's explanation (see
 * {@link RequestJson}): a stored explanation that does not read fails the first read of its lines, with a
 * {@link StoredDataException} naming the event's row, not the restore.
 */
final class StoredRequestRows {

    /** The projection columns a request is checked against. */
    record Row(UUID id, String status, String channel, int revision, String submission) {
    }

    private final RequestJson json;

    StoredRequestRows(RequestJson json) {
        this.json = json;
    }

    /** Adds the next event of a request's history, refusing a gap in its sequence numbers. */
    static void addInSequence(List<String> events, UUID id, int seq, String payload) {
        if (seq != events.size()) {
            throw new StoredDataException("request_events", id + "/" + seq, "the history has a gap: expected event " + events.size(), null);
        }
        events.add(payload);
    }

    ServiceRequest restore(Row row, List<String> events) {
        Submission submission;
        try {
            submission = json.submission(row.submission());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoredDataException("service_requests", row.id().toString(), "the submission cannot be read: " + e.getMessage(), e);
        }
        List<RequestEvent> history = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            try {
                history.add(json.event(events.get(seq), row.id() + "/" + seq));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new StoredDataException("request_events", row.id() + "/" + seq, "the event cannot be read: " + e.getMessage(), e);
            }
        }
        ServiceRequest request;
        try {
            request = ServiceRequest.restore(new RequestId(row.id()), submission, history);
        } catch (IllegalArgumentException e) {
            throw new StoredDataException("request_events", row.id().toString(), "the history does not follow the lifecycle: " + e.getMessage(), e);
        }
        if (!request.status().name().equals(row.status())) {
            throw new StoredDataException("service_requests", row.id().toString(), "status '" + row.status()
                    + "' does not match its history, which ends in " + request.status(), null);
        }
        if (!submission.channel().name().equals(row.channel())) {
            throw new StoredDataException("service_requests", row.id().toString(), "channel '" + row.channel()
                    + "' does not match its submission (" + submission.channel() + ")", null);
        }
        if (request.revision() != row.revision()) {
            throw new StoredDataException("service_requests", row.id().toString(), "revision " + row.revision()
                    + " does not match its history of " + request.revision() + " events", null);
        }
        return request;
    }
}
