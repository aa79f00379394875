package kz.qyzmet.application.admission.port.in;

import java.time.Instant;
import java.util.UUID;
import kz.qyzmet.domain.admission.Candidate;

/**
 * One applicant in the order of admission notifications.
 *
 * @param position     from 1
 * @param request      the application
 * @param applicantIin the applicant
 * @param territory    own, other or unknown territory
 * @param registeredAt when the application was accepted
 */
public record NotificationEntry(int position, UUID request, String applicantIin, Candidate.Territory territory, Instant registeredAt) {
}
