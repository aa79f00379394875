package kz.qyzmet.domain.catalog;

import java.util.Set;

/** Raised when a service is asked for a channel its standard does not offer. */
public final class ChannelNotOfferedException extends RuntimeException {

    private final Channel channel;

    public ChannelNotOfferedException(ServiceId service, Channel channel, Set<Channel> offered) {
        super("channel: " + service + " is not offered via " + channel + "; it is offered via " + offered);
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }
}
