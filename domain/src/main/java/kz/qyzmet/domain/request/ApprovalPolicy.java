package kz.qyzmet.domain.request;

import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A rule of a service's standard that an approval must pass, beyond the lifecycle's own (state, role, the
 * assigned executor): a camp voucher needs a document proving an eligible category, a first-grade place must be
 * free. The application composes the policies that apply to a request's service and version; the request checks
 * them after its own rules and before it records the approval, so that a refused approval records nothing.
 */
@FunctionalInterface
public interface ApprovalPolicy {

    /** Why this request may not be approved, in the service's languages, or empty when it may. */
    Optional<LocalizedText> objectionTo(ServiceRequest request);

    /** Every one of these policies, in order: the first objection is the answer. */
    static ApprovalPolicy allOf(List<ApprovalPolicy> policies) {
        List<ApprovalPolicy> all = List.copyOf(policies);
        return request -> all.stream().map(policy -> policy.objectionTo(request)).flatMap(Optional::stream).findFirst();
    }

    /** No rule beyond the lifecycle's. */
    ApprovalPolicy NONE = request -> Optional.empty();
}
