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
    private final Fact.Known<ProcessingTerm> term;
    private final CountedTerm counted;

    ChannelTerm(ChannelDeadlines channel, Fact.Known<ProcessingTerm> term) {
        this.channel = Objects.requireNonNull(channel, "channel: required");
        this.term = Objects.requireNonNull(term, "term: required");
        this.counted = channel.counted(term.given());
    }

    /** The deadline of a request of the service received at that instant. */
    Deadline deadline(ServiceId service, Instant receivedAt) {
        Acceptance accepted = channel.accept(receivedAt);
        Instant due = channel.due(accepted.acceptedAt(), term.given(), counted);
        return new Deadline(accepted, due, new Explanation(new Lines(this, service, accepted, due)));
    }

    /** A deadline's explanation before it is read: its inputs, no closure. */
    private static final class Lines extends Explanation.Later {

        private final ChannelTerm term;
        private final ServiceId service;
        private final Acceptance accepted;
        private final Instant due;

        Lines(ChannelTerm term, ServiceId service, Acceptance accepted, Instant due) {
            this.term = term;
            this.service = service;
            this.accepted = accepted;
            this.due = due;
        }

        @Override
        List<Explanation.Line> build() {
            return term.channel.explain(service, term.term, accepted, due);
        }
    }
}
