package kz.qyzmet.domain.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.UserId;

/**
 * One visit of an applicant to a counter — the provider's office or a State Corporation centre — for a
 * service request, as the counter recorded it: when the applicant took a queue ticket, was called to the desk
 * and had been served. Every standard sets the longest permitted wait in the queue and the longest permitted
 * service at the desk per channel (the "maximum permitted waiting time" and "maximum permitted service time"
 * fields of the standards, e.g. 15, 20 or 30 minutes; catalogued as {@link kz.qyzmet.domain.catalog.ChannelTerms});
 * the visit keeps the limits of the standard version that governed the request, so that a later change of the
 * catalog does not rewrite a month already reported.
 *
 * @param id            the visit's own id
 * @param request       the request served
 * @param provider      the request's provider (whose monthly report counts the visit)
 * @param service       the request's service
 * @param channel       the counter: {@link Channel#PROVIDER_OFFICE} or {@link Channel#STATE_CORPORATION}
 * @param ticketTakenAt when the applicant took the queue ticket (or joined the queue)
 * @param calledAt      when the applicant was called to the desk
 * @param servedAt      when the service at the desk ended
 * @param maxWaiting    the standard's longest permitted wait for that channel, or null where the standard gives none
 * @param maxDesk       the standard's longest permitted service at the desk, or null where the standard gives none
 * @param recordedBy    who recorded the visit
 */
public record CounterVisit(UUID id, RequestId request, ProviderId provider, ServiceId service, Channel channel, Instant ticketTakenAt,
                           Instant calledAt, Instant servedAt, Duration maxWaiting, Duration maxDesk, UserId recordedBy) {

    public CounterVisit {
        Objects.requireNonNull(id, "id: required");
        Objects.requireNonNull(request, "request: required");
        Objects.requireNonNull(provider, "provider: required");
        Objects.requireNonNull(service, "service: required");
        Objects.requireNonNull(recordedBy, "recordedBy: required");
        if (!atCounter(channel)) {
            throw new IllegalArgumentException("channel: a counter visit is at PROVIDER_OFFICE or STATE_CORPORATION, was " + channel);
        }
        Objects.requireNonNull(ticketTakenAt, "ticketTakenAt: required");
        Objects.requireNonNull(calledAt, "calledAt: required");
        Objects.requireNonNull(servedAt, "servedAt: required");
        if (calledAt.isBefore(ticketTakenAt)) {
            throw new IllegalArgumentException("calledAt: must not be before ticketTakenAt");
        }
        if (servedAt.isBefore(calledAt)) {
            throw new IllegalArgumentException("servedAt: must not be before calledAt");
        }
        positive("maxWaiting", maxWaiting);
        positive("maxDesk", maxDesk);
    }

    /** Whether applicants of that channel queue at a counter: the provider's office and the State Corporation. */
    public static boolean atCounter(Channel channel) {
        return channel == Channel.PROVIDER_OFFICE || channel == Channel.STATE_CORPORATION;
    }

    /** The time spent in the queue: from the ticket to the call. */
    public Duration waiting() {
        return Duration.between(ticketTakenAt, calledAt);
    }

    /** The time spent at the desk: from the call to the end of service. */
    public Duration deskTime() {
        return Duration.between(calledAt, servedAt);
    }

    /** Whether the wait exceeded the standard's limit; false where the standard gives none. */
    public boolean waitingBreached() {
        return maxWaiting != null && waiting().compareTo(maxWaiting) > 0;
    }

    /** Whether the service at the desk exceeded the standard's limit; false where the standard gives none. */
    public boolean deskBreached() {
        return maxDesk != null && deskTime().compareTo(maxDesk) > 0;
    }

    private static void positive(String field, Duration limit) {
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException(field + ": must be positive, was " + limit);
        }
    }
}
