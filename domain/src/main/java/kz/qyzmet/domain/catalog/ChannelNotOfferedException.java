package kz.qyzmet.domain.catalog;

import java.util.Set;

/** Raised when a service is asked for a channel its standard does not offer. */
public final class ChannelNotOfferedException extends RuntimeException {

    private final ServiceId service;
    private final Channel channel;
    private final Set<Channel> offered;

    public ChannelNotOfferedException(ServiceId service, Channel channel, Set<Channel> offered) {
        super("channel: " + service + " is not offered via " + channel + "; it is offered via " + offered);
        this.service = service;
        this.channel = channel;
        this.offered = Set.copyOf(offered);
    }

    /** The service asked for. */
    public ServiceId service() {
        return service;
    }

    /** The channels its standard does offer. */
    public Set<Channel> offered() {
        return offered;
    }

    public Channel channel() {
        return channel;
    }
}
