package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceId;

/**
 * The processing term of one channel of a standard's version, as the standard gives it (with its source),
 * kept with the channel's clock and with how the clock counts it: a request's deadline is then the clock's
 * acceptance moment and due instant, and an explanation that holds its inputs and is built when read.
 */
final class ChannelTerm {

    private final ChannelDeadlines channel;
    /** The service whose requests' explanations name this term (so that an unread explanation need not keep it). */
    private final ServiceId service;
    private final Fact.Known<ProcessingTerm> term;
    private final CountedTerm counted;

    ChannelTerm(ChannelDeadlines channel, ServiceId service, Fact.Known<ProcessingTerm> term) {
        this.channel = Objects.requireNonNull(channel, "channel: required");
        this.service = Objects.requireNonNull(service, "service: required");
        this.term = Objects.requireNonNull(term, "term: required");
        this.counted = channel.counted(term.given());
    }

    /** Whether this is the term of that service's requests. */
    boolean of(ServiceId service) {
        return this.service == service || this.service.equals(service);
    }

    /**
     * The deadline of a request of the service received at that instant: the acceptance and the due instant from
     * the channel's clock in one pass where it answers, else from the general policies; the explanation holds what it
     * is made from (this term, with its service, and the moment received) and is built when read.
     */
    Deadline deadline(Instant receivedAt) {
        Explanation explanation = new Explanation(new Lines(this, receivedAt));
        Deadline fast = counted.deadline(receivedAt, explanation);
        return fast != null ? fast : counted(receivedAt, explanation);
    }

    /** The deadline as the channel counts it: the acceptance, then the due instant from it. */
    private Deadline counted(Instant receivedAt, Explanation explanation) {
        Acceptance accepted = channel.accept(receivedAt);
        return new Deadline(accepted, channel.due(accepted.acceptedAt(), term.given(), counted), explanation);
    }

    /** The deadline of a request of the service that counts as accepted as {@code accepted} says. */
    Deadline deadline(Acceptance accepted) {
        Instant due = channel.due(accepted.acceptedAt(), term.given(), counted);
        return new Deadline(accepted, due, new Explanation(new AcceptedLines(this, accepted, due)));
    }

    /** The explanation of a deadline counted from a given acceptance, before it is read. */
    private static final class AcceptedLines extends Explanation.Later {

        private final ChannelTerm term;
        private final Acceptance accepted;
        private final Instant due;

        AcceptedLines(ChannelTerm term, Acceptance accepted, Instant due) {
            this.term = term;
            this.accepted = accepted;
            this.due = due;
        }

        @Override
        List<Explanation.Line> build() {
            return term.channel.explain(term.service, term.term, accepted, due);
        }
    }

    /**
     * A deadline's explanation before it is read: its inputs, no closure. The acceptance and the due instant are
     * counted again when it is read (the same answer, from the same tables): keeping one moment instead of two
     * keeps the unread explanation small.
     */
    private static final class Lines extends Explanation.Later {

        private final ChannelTerm term;
        private final Instant receivedAt;

        Lines(ChannelTerm term, Instant receivedAt) {
            this.term = term;
            this.receivedAt = receivedAt;
        }

        @Override
        List<Explanation.Line> build() {
            Acceptance accepted = term.channel.accept(receivedAt);
            Instant due = term.channel.due(accepted.acceptedAt(), term.term.given(), term.counted);
            return term.channel.explain(term.service, term.term, accepted, due);
        }
    }
}
