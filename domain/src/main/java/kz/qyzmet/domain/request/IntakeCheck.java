package kz.qyzmet.domain.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.OtherRequirement;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.StandardVersion;

/**
 * The intake check against the standard's version in force and the channel: every mandatory document the
 * applicant must bring is there (documents the provider fetches from state systems are not demanded, and
 * conditional ones cannot be demanded without knowing the condition), none is past its validity, the
 * request came inside an intake window that applies to it (a window of certain grades applies to applications for
 * those grades only) where the standard has windows, and consent to the use of
 * restricted personal data is given where the standard requires it. A document the standard accepts from
 * the digital documents service is not missing when that service holds it. Every failing rule is a reason.
 */
public final class IntakeCheck {

    /**
     * The reasons to refuse intake; empty when the request may be accepted.
     *
     * @param intakeDay         the day of acceptance, in the provider's zone
     * @param digitallyAvailable codes of documents the digital documents service holds for the applicant: a
     *                          document the standard accepts from that service is not missing when it is there
     */
    public List<IntakeRefusalReason> check(ServiceId service, StandardVersion version, Submission submission, LocalDate intakeDay,
                                           java.util.Set<CatalogCode> digitallyAvailable) {
        return check(service, version, submission, intakeDay, intakeDay, digitallyAvailable);
    }

    /**
     * The reasons to refuse intake, for a request filed on one day and accepted on a later one (filed on the
     * portal on a Sunday or after hours). An intake window is met by the filing: "not later than 1 December" is met
     * by an application filed on 1 December and accepted on 2 December; one accepted on a window's first day is
     * taken too.
     *
     * @param filingDay the day the request was filed (received), in the provider's zone
     * @param intakeDay the day of acceptance, in the provider's zone
     */
    public List<IntakeRefusalReason> check(ServiceId service, StandardVersion version, Submission submission, LocalDate filingDay,
                                           LocalDate intakeDay, java.util.Set<CatalogCode> digitallyAvailable) {
        List<IntakeRefusalReason> reasons = new ArrayList<>();
        Map<CatalogCode, SubmittedDocument> submitted = submission.documents().stream()
                .collect(Collectors.toMap(SubmittedDocument::code, Function.identity()));
        List<DocumentRequirement> required = version.requirementsFor(service, submission.channel()).value().orElse(List.of());
        for (DocumentRequirement requirement : required) {
            SubmittedDocument document = submitted.get(requirement.code());
            boolean digital = requirement.form() == kz.qyzmet.domain.catalog.DocumentForm.DIGITAL_DOCUMENT_SERVICE_OR_ORIGINAL
                    && digitallyAvailable.contains(requirement.code());
            if (requirement.demandedFromApplicant() && document == null && !digital) {
                reasons.add(new IntakeRefusalReason.MissingDocument(requirement.code(), requirement.name()));
            }
            if (document != null && requirement.validityPeriod().isPresent()) {
                if (document.issuedOn() == null) {
                    reasons.add(new IntakeRefusalReason.ExpiredDocument(requirement.code(), null, null));
                } else {
                    LocalDate validUntil = document.issuedOn().plus(requirement.validityPeriod().get());
                    if (validUntil.isBefore(intakeDay)) {
                        reasons.add(new IntakeRefusalReason.ExpiredDocument(requirement.code(), document.issuedOn(), validUntil));
                    }
                }
            }
        }
        // Each window applies to its own grades only: under the 2015 regulation an application for the fifth grade is not
        // refused by the first-grade window, under the 2024 plan a first-grade one is judged by the first-grade window.
        List<IntakeWindow> windows = version.intakeWindows().value().orElse(List.of()).stream()
                .filter(window -> window.appliesTo(submission.grade())).toList();
        if (!windows.isEmpty() && windows.stream().noneMatch(window -> window.isOpenOn(filingDay) || window.isOpenOn(intakeDay))) {
            reasons.add(new IntakeRefusalReason.WindowClosed(filingDay, windows));
        }
        boolean consentRequired = version.otherRequirements().value().orElse(List.of()).stream()
                .map(OtherRequirement::code).anyMatch(OtherRequirement.PERSONAL_DATA_CONSENT::equals);
        if (consentRequired && !submission.personalDataConsent()) {
            reasons.add(new IntakeRefusalReason.NoPersonalDataConsent());
        }
        return List.copyOf(reasons);
    }
}
