package kz.qyzmet.application.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.application.deadline.port.in.DeadlinePreview;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineQuery;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineUseCase;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.deadline.Acceptance;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;

/**
 * Previews deadlines: finds the version of the standard in force on the day the request would be accepted
 * (a request is governed by the version in force when it was accepted), then lets the domain's deadline
 * policy count the term and plan the steps.
 */
public final class DeadlinePreviews implements PreviewDeadlineUseCase {

    private final CatalogServices catalog;
    private final DeadlinePolicy policy;
    private final CommandValidator validator;

    public DeadlinePreviews(CatalogServices catalog, DeadlinePolicy policy, CommandValidator validator) {
        this.catalog = Objects.requireNonNull(catalog, "catalog: required");
        this.policy = Objects.requireNonNull(policy, "policy: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
    }

    @Override
    public DeadlinePreview preview(PreviewDeadlineQuery query) {
        validator.valid(query);
        Instant received = query.receivedAt().toInstant();
        LocalDate receivedDay = received.atZone(policy.zone()).toLocalDate();
        StandardInForce onReceipt = catalog.showStandard(ShowStandardQuery.inForce(query.service(), receivedDay));
        Acceptance acceptance = policy.acceptance(onReceipt.version(), query.channel(), query.officeKind(), received);
        LocalDate acceptedDay = acceptance.acceptedAt().atZone(policy.zone()).toLocalDate();
        StandardInForce governing = acceptedDay.equals(receivedDay)
                ? onReceipt
                : catalog.showStandard(ShowStandardQuery.inForce(query.service(), acceptedDay));
        Deadline deadline = policy.governedDeadline(governing.service().id(), governing.version(), onReceipt.version(), query.channel(),
                query.filedAt(), query.officeKind(), acceptance);
        return new DeadlinePreview(governing, query.channel(), deadline,
                policy.stepDeadlines(governing.version(), query.channel(), query.officeKind(), deadline));
    }
}
