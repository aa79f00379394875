package kz.qyzmet.domain.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.WorkSchedule;

/**
 * The hours that govern a request on one channel: the channel's own office hours (null for a channel
 * open round the clock, such as the portal), and the provider's hours, which close each working day of a
 * day term and which apply to round-the-clock channels ("after hours, on days off and holidays, the
 * application is accepted on the next working day").
 *
 * @param channel       the channel's office hours, or null when it is open round the clock
 * @param provider      the provider's hours
 * @param providerHoursAssumed whether the standard gives no provider hours and the deployment's default applies
 */
public record ServiceHours(Timetable channel, Timetable provider, boolean providerHoursAssumed) {

    public ServiceHours {
        Objects.requireNonNull(provider, "provider: required");
    }

    /** The timetable in which applications on the channel are taken and working time runs. */
    public Timetable intake() {
        return channel != null ? channel : provider;
    }

    /**
     * The hours for a channel of a standard's version. Where a channel has several schedules (the State
     * Corporation's ordinary and duty centres) the first, the ordinary one, applies. Where the standard
     * gives no provider hours, {@code defaultProviderHours} applies and the explanation says so.
     */
    public static ServiceHours of(StandardVersion version, Channel channel, Timetable defaultProviderHours) {
        Objects.requireNonNull(defaultProviderHours, "defaultProviderHours: required");
        Optional<Timetable> provider = office(version, Channel.PROVIDER_OFFICE);
        Timetable own = channel == Channel.PROVIDER_OFFICE ? provider.orElse(null) : office(version, channel).orElse(null);
        boolean channelRoundTheClock = version.scheduleFor(channel).value()
                .map(list -> !list.isEmpty() && list.get(0).roundTheClock()).orElse(false);
        Timetable channelHours = channelRoundTheClock ? null : own;
        if (channelHours == null && !channelRoundTheClock && channel != Channel.PROVIDER_OFFICE) {
            channelHours = provider.orElse(defaultProviderHours);
        }
        return new ServiceHours(channelHours, provider.orElse(defaultProviderHours), provider.isEmpty());
    }

    private static Optional<Timetable> office(StandardVersion version, Channel channel) {
        Fact<List<WorkSchedule>> schedules = version.scheduleFor(channel);
        return schedules.fold(known -> known.given().isEmpty() || known.given().get(0).roundTheClock() ? Optional.<Timetable>empty()
                        : Optional.of(Timetable.of(known.given().get(0), channel + " schedule, " + known.source())),
                unknown -> Optional.empty());
    }
}
