package kz.qyzmet.application.visit.port.in;

import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;

/**
 * A role that does not serve the request's counter tried to record a visit: an office visit is recorded by the
 * provider's intake officer, a State Corporation visit by a State Corporation operator.
 */
public final class CounterVisitNotAllowedException extends RuntimeException {

    private final Role role;
    private final Channel channel;

    public CounterVisitNotAllowedException(Role role, Channel channel) {
        super("role: " + role + " may not record a visit to the " + channel + " counter; " + allowed(channel) + " may");
        this.role = role;
        this.channel = channel;
    }

    /** The role that records visits to a counter. */
    public static Role allowed(Channel channel) {
        return channel == Channel.STATE_CORPORATION ? Role.STATE_CORPORATION_OPERATOR : Role.INTAKE_OFFICER;
    }

    public Role role() {
        return role;
    }

    public Channel channel() {
        return channel;
    }
}
