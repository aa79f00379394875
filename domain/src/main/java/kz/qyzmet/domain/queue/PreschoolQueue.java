package kz.qyzmet.domain.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * The queue for a place in a pre-school organisation (403001, source 001): children with the right to a
 * place first — those whose application came with the documents or data confirming it
 * («первоочередное получение места», the conditional {@code first-priority-documents} / {@code first-priority-data})
 * — then the others, each group in the order of registration (acceptance).
 */
public final class PreschoolQueue {

    /** The documents that confirm a first-priority right. */
    public static final Set<CatalogCode> PRIORITY_PROOFS = Set.of(CatalogCode.of("first-priority-documents"),
            CatalogCode.of("first-priority-data"));

    /** The order of the queue. */
    public static final Comparator<Place> ORDER = Comparator.comparing((Place place) -> !place.priority())
            .thenComparing(Place::registeredAt);

    private PreschoolQueue() {
    }

    /**
     * A child's place in the queue.
     *
     * @param request      the application
     * @param priority     whether a first-priority right is confirmed
     * @param registeredAt when the application was accepted
     */
    public record Place(ServiceRequest request, boolean priority, Instant registeredAt) {
        public Place {
            Objects.requireNonNull(request, "request: required");
            Objects.requireNonNull(registeredAt, "registeredAt: required");
        }
    }

    /** The place of an accepted application: its priority from its documents, its registration from its acceptance. */
    public static Place placeOf(ServiceRequest request) {
        Instant registeredAt = request.acceptedAt().orElseThrow(() -> new IllegalArgumentException(
                "request: " + request.id() + " is not accepted, so not in the queue"));
        boolean priority = request.submission().documents().stream().anyMatch(document -> PRIORITY_PROOFS.contains(document.code()));
        return new Place(request, priority, registeredAt);
    }

    /** The places in the order of the queue. */
    public static List<Place> order(List<Place> places) {
        return places.stream().sorted(ORDER).toList();
    }
}
