package kz.qyzmet.application.request.port.out;

import java.util.Objects;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * A stored request changed by a use case, to be stored again only if nobody changed it meanwhile.
 *
 * @param request          the request, with its history including the new events
 * @param expectedRevision the revision it was read at (the length of the history stored then), at least 1
 */
public record ChangedRequest(ServiceRequest request, int expectedRevision) {
    public ChangedRequest {
        Objects.requireNonNull(request, "request: required");
        if (expectedRevision < 1) {
            throw new IllegalArgumentException("expectedRevision: must be at least 1 (a stored request has a history), not " + expectedRevision);
        }
    }
}
