package kz.qyzmet.domain.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.OfficeKind;
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
     * The hours for a channel of a standard's version, at an ordinary office. Where the standard gives no provider
     * hours, {@code defaultProviderHours} applies and the explanation says so.
     */
    public static ServiceHours of(StandardVersion version, Channel channel, Timetable defaultProviderHours) {
        return of(version, channel, OfficeKind.ORDINARY, defaultProviderHours);
    }

    /**
     * The hours for a channel of a standard's version at that kind of office. Where a channel has several
     * schedules (the State Corporation's ordinary and duty departments, 000 annex 5 field 7 item 2), a duty
     * department keeps the duty departments' schedule and any other office the ordinary one. Where the standard
     * gives no provider hours, {@code defaultProviderHours} applies and the explanation says so.
     *
     * @param office the kind of office that took the request; null: an ordinary one
     */
    public static ServiceHours of(StandardVersion version, Channel channel, OfficeKind office, Timetable defaultProviderHours) {
        Objects.requireNonNull(defaultProviderHours, "defaultProviderHours: required");
        OfficeKind kind = office == null ? OfficeKind.ORDINARY : office;
        Optional<Timetable> provider = office(version, Channel.PROVIDER_OFFICE, OfficeKind.ORDINARY);
        Timetable own = channel == Channel.PROVIDER_OFFICE ? provider.orElse(null) : office(version, channel, kind).orElse(null);
        boolean channelRoundTheClock = version.scheduleFor(channel).value()
                .map(list -> !list.isEmpty() && list.get(0).roundTheClock()).orElse(false);
        Timetable channelHours = channelRoundTheClock ? null : own;
        if (channelHours == null && !channelRoundTheClock && channel != Channel.PROVIDER_OFFICE) {
            channelHours = provider.orElse(defaultProviderHours);
        }
        return new ServiceHours(channelHours, provider.orElse(defaultProviderHours), provider.isEmpty());
    }

    private static Optional<Timetable> office(StandardVersion version, Channel channel, OfficeKind kind) {
        Fact<List<WorkSchedule>> schedules = version.scheduleFor(channel);
        return schedules.fold(known -> {
            if (known.given().isEmpty() || known.given().get(0).roundTheClock()) {
                return Optional.<Timetable>empty();
            }
            WorkSchedule schedule = WorkSchedule.forOffice(known.given(), kind).orElseThrow();
            String which = schedule.dutyOffices() ? " (duty departments)" : "";
            return Optional.of(Timetable.of(schedule, channel + " schedule" + which + ", " + known.source()));
        }, unknown -> Optional.empty());
    }
}
