package kz.qyzmet.application.request.port.out;

import java.time.Instant;
import java.util.Set;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.UserId;

/**
 * Which requests a worklist shows.
 *
 * @param provider      only this provider's requests, or null for any (State Corporation operators)
 * @param applicant     only requests of this applicant (as applicant or representative), or null
 * @param executor      only requests assigned to this executor by the head's resolution, or null
 * @param statuses      only these states; empty for any
 * @param overdueAt     only requests past their deadline at this instant, or null
 * @param atRiskAt      only requests not yet overdue with less than {@code atRiskShare} of their term left
 *                      at this instant, or null
 * @param atRiskShare   the share of the term below which a request is at risk; required with {@code atRiskAt}, else
 *                      may be null. A store filters by its formula ({@link AtRiskShare}), in its query language or
 *                      by calling it
 * @param stateCorporationOnly only requests made through the State Corporation
 * @param offset        how many to skip
 * @param limit         how many at most
 */
public record WorklistCriteria(ProviderId provider, Iin applicant, UserId executor, Set<RequestStatus> statuses, Instant overdueAt, Instant atRiskAt,
                               AtRiskShare atRiskShare, boolean stateCorporationOnly, int offset, int limit) {
    public WorklistCriteria {
        statuses = Set.copyOf(statuses);
        if (atRiskAt != null && atRiskShare == null) {
            throw new IllegalArgumentException("atRiskShare: required when the worklist asks for requests at risk (atRiskAt)");
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("page: offset must be at least 0 and limit at least 1");
        }
    }

    /** A provider's requests in these states (any, if empty), the first {@code limit}: no time filter, no paging. */
    public static WorklistCriteria ofProvider(ProviderId provider, Set<RequestStatus> statuses, int limit) {
        return new WorklistCriteria(java.util.Objects.requireNonNull(provider, "provider: required"), null, null, statuses, null, null,
                null, false, 0, limit);
    }

    /** An applicant's requests (as applicant or representative) in these states, the first {@code limit}: no time filter, no paging. */
    public static WorklistCriteria ofApplicant(Iin applicant, Set<RequestStatus> statuses, int limit) {
        return new WorklistCriteria(null, java.util.Objects.requireNonNull(applicant, "applicant: required"), null, statuses, null, null,
                null, false, 0, limit);
    }
}
