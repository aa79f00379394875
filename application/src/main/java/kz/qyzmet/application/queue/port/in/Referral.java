package kz.qyzmet.application.queue.port.in;

import java.util.UUID;

/**
 * A referral issued: the application, the child, whether by first-priority right, and the organisation.
 *
 * @param request      the application
 * @param applicantIin the applicant
 * @param priority     whether the child had a confirmed first-priority right
 * @param organisation the pre-school organisation referred to
 */
public record Referral(UUID request, String applicantIin, boolean priority, String organisation) {
}
