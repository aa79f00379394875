package kz.qyzmet.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.domain.catalog.CatalogCode;

/**
 * The receipt (қолхат / расписка) given on acceptance: the request, when it was accepted, when it is due,
 * and the documents taken.
 *
 * @param request    the request
 * @param acceptedAt when it counts as accepted
 * @param dueAt      the overall deadline
 * @param documents  the codes of the documents taken
 */
public record Receipt(RequestId request, Instant acceptedAt, Instant dueAt, List<CatalogCode> documents) {
    public Receipt {
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(acceptedAt, "acceptedAt: required");
        Objects.requireNonNull(dueAt, "dueAt: required");
        documents = List.copyOf(documents);
    }
}
