package kz.qyzmet.domain.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.catalog.StandardVersion;

/**
 * A rule of a service's standard that decides at intake between acceptance and refusal: the package of
 * documents, their validity, the intake windows and consent, the power of attorney, an attestation once per
 * school year. The application composes the policies a service's version calls for; their reasons, all of them,
 * decide before anything is recorded: none accepts the request, any refuses it listing every one.
 */
@FunctionalInterface
public interface IntakePolicy {

    /** Every reason to refuse this request at intake on that day under that version; empty when it may be accepted. */
    List<IntakeRefusalReason> reasonsToRefuse(ServiceRequest request, StandardVersion version, LocalDate intakeDay);

    /** Every one of these policies, in order: the reasons of all of them, in their order. */
    static IntakePolicy allOf(List<IntakePolicy> policies) {
        List<IntakePolicy> all = List.copyOf(policies);
        return (request, version, intakeDay) -> {
            List<IntakeRefusalReason> reasons = new ArrayList<>();
            for (IntakePolicy policy : all) {
                reasons.addAll(policy.reasonsToRefuse(request, version, intakeDay));
            }
            return List.copyOf(reasons);
        };
    }

    /** No rule: every request may be accepted. */
    IntakePolicy NONE = (request, version, intakeDay) -> List.of();
}
