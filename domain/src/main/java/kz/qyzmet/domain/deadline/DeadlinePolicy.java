package kz.qyzmet.domain.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.StandardVersion;

/**
 * Turns (standard version, channel, received-at instant) into a {@link Deadline} with its explanation, and
 * plans the step deadlines of the regulation's procedure: the acceptance policy, then the policy of the
 * term's kind (working days, working time, calendar date). The hours of each version's channel are laid over
 * the calendar once (a {@link ChannelClock}), so that acceptance moments, day terms and minute terms are
 * array look-ups (each version's channel is kept with its clocks, its processing terms and its procedure's
 * steps: {@link ChannelDeadlines}); the explanation is built only when it is read, by the general policies.
 */
public final class DeadlinePolicy {

    /**
     * How many versions keep their hours before the kept ones are dropped and made again: a bound for a
     * server whose catalog is reloaded many times (a catalog has a few hundred versions).
     */
    private static final int MAX_KEPT_VERSIONS = 5_000;
    private static final int OFFICE_KINDS = OfficeKind.values().length;

    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Timetable defaultProviderHours;
    private final AcceptancePolicy acceptance = new AcceptancePolicy();
    private final TermPolicies terms = new TermPolicies();
    private final WorkingTimePolicy workingTime = new WorkingTimePolicy();
    private volatile Map<StandardVersion, ChannelDeadlines[]> byVersion = new IdentityHashMap<>();
    private final ConcurrentMap<Map<DayOfWeek, OpeningHours>, TimetableDays> timetables = new ConcurrentHashMap<>();

    /**
     * @param calendar             the working calendar
     * @param zone                 the provider's time zone
     * @param defaultProviderHours the provider's hours where a standard gives none (a deployment setting)
     */
    public DeadlinePolicy(WorkingCalendar calendar, ZoneId zone, Timetable defaultProviderHours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
        this.defaultProviderHours = Objects.requireNonNull(defaultProviderHours, "defaultProviderHours: required");
    }

    /**
     * The overall deadline of a request received at an instant.
     *
     * @throws kz.qyzmet.domain.catalog.ChannelNotOfferedException if the standard does not offer the channel
     * @throws kz.qyzmet.domain.catalog.UnknownFactException        if the standard gives no processing term
     * @throws kz.qyzmet.domain.calendar.OutsideCalendarException    if the dates lie outside the calendar's data
     */
    public Deadline deadline(ServiceId service, StandardVersion version, Channel channel, Instant receivedAt) {
        return deadline(service, version, channel, OfficeLocation.PROVIDER_LOCATION, receivedAt);
    }

    /**
     * The overall deadline of a request received at an instant at an office in that location relative to the
     * provider (null: not stated, the provider's location).
     */
    public Deadline deadline(ServiceId service, StandardVersion version, Channel channel, OfficeLocation filedAt,
                             Instant receivedAt) {
        return deadline(service, version, channel, filedAt, OfficeKind.ORDINARY, receivedAt);
    }

    /**
     * The overall deadline of a request received at an instant at an office in that location relative to the
     * provider (null: the provider's location) and of that kind (null: an ordinary office; a State Corporation duty
     * department keeps its own hours, 000 annex 5 field 7 item 2).
     */
    public Deadline deadline(ServiceId service, StandardVersion version, Channel channel, OfficeLocation filedAt,
                             OfficeKind office, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt: required");
        return kept(version, channel, office).term(service, filedAt).deadline(receivedAt);
    }

    /**
     * The overall deadline of a request that counts as accepted as {@code accepted} says: the term counted from that
     * acceptance, which is the one {@link #acceptance(StandardVersion, Channel, OfficeKind, Instant)} gave for the same
     * channel and kind of office. For a caller that chose the version by the acceptance day (a request is governed by
     * the version in force when it was accepted) and so has the acceptance already.
     *
     * @throws kz.qyzmet.domain.catalog.ChannelNotOfferedException if the standard does not offer the channel
     * @throws kz.qyzmet.domain.catalog.UnknownFactException        if the standard gives no processing term
     * @throws kz.qyzmet.domain.calendar.OutsideCalendarException    if the dates lie outside the calendar's data
     */
    public Deadline deadline(ServiceId service, StandardVersion version, Channel channel, OfficeLocation filedAt,
                             OfficeKind office, Acceptance accepted) {
        Objects.requireNonNull(accepted, "accepted: required");
        return kept(version, channel, office).term(service, filedAt).deadline(accepted);
    }

    /**
     * The overall deadline of a request governed by {@code governing}, the version in force on the day it counts as
     * accepted, where {@code accepted} is its acceptance as the version in force when it was received,
     * {@code onReceipt}, counted it (a request is governed by the version in force on its acceptance day, which only
     * an acceptance can tell): counted from that acceptance where the two are one version, else from the moment
     * received, in the governing version's own hours (its channel may keep other hours, so it may accept otherwise).
     * The one place accepting a request and previewing its deadline make that choice.
     *
     * @throws kz.qyzmet.domain.catalog.ChannelNotOfferedException if the governing standard does not offer the channel
     * @throws kz.qyzmet.domain.catalog.UnknownFactException        if the governing standard gives no processing term
     * @throws kz.qyzmet.domain.calendar.OutsideCalendarException    if the dates lie outside the calendar's data
     */
    public Deadline governedDeadline(ServiceId service, StandardVersion governing, StandardVersion onReceipt, Channel channel,
                                     OfficeLocation filedAt, OfficeKind office, Acceptance accepted) {
        Objects.requireNonNull(onReceipt, "onReceipt: required");
        Objects.requireNonNull(accepted, "accepted: required");
        return governing == onReceipt
                ? deadline(service, governing, channel, filedAt, office, accepted)
                : deadline(service, governing, channel, filedAt, office, accepted.receivedAt());
    }

    /**
     * The step deadlines of the procedure the regulation gives for the channel, if it gives one, for a request with
     * that overall deadline: each step timed in the hours of whoever performs it, none due after the request.
     */
    public List<StepDeadline> stepDeadlines(StandardVersion version, Channel channel, Deadline overall) {
        return stepDeadlines(version, channel, OfficeKind.ORDINARY, overall);
    }

    /** The step deadlines of the procedure for a request taken at that kind of office (null: an ordinary one). */
    public List<StepDeadline> stepDeadlines(StandardVersion version, Channel channel, OfficeKind office, Deadline overall) {
        Objects.requireNonNull(overall, "overall: required");
        return kept(version, channel, office).steps(overall);
    }

    /**
     * The close of the provider's hours on the n-th working day after the day of {@code start}: for deadlines
     * set during the lifecycle, such as the one working day in which a provider sends a re-requested result back.
     */
    public Instant workingDaysAfter(StandardVersion version, Channel channel, Instant start, int days) {
        ProcessingTerm.WorkingDays term = new ProcessingTerm.WorkingDays(days, true);
        return kept(version, channel, OfficeKind.ORDINARY).afterWorkingDays(start, term);
    }

    /**
     * The provider's working time between two instants, on the deployment's default provider hours and the
     * working calendar (lunch breaks, evenings, weekends and holidays do not count): the processing time
     * of the monthly report, comparable across services and channels.
     */
    public Duration providerWorkingTime(Instant from, Instant to) {
        DeadlineContext context = new DeadlineContext(calendar, zone, new ServiceHours(null, defaultProviderHours, true));
        return workingTime.elapsed(from, to, defaultProviderHours, context);
    }

    /** When a request received at that instant on the channel counts as accepted. */
    public Acceptance acceptance(StandardVersion version, Channel channel, Instant receivedAt) {
        return acceptance(version, channel, OfficeKind.ORDINARY, receivedAt);
    }

    /** When a request received at that instant on the channel, at that kind of office (null: ordinary), counts as accepted. */
    public Acceptance acceptance(StandardVersion version, Channel channel, OfficeKind office, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt: required");
        return kept(version, channel, office).accept(receivedAt);
    }

    /** A version's channel at a kind of office (null: an ordinary one), laid over the calendar once and kept. */
    private ChannelDeadlines kept(StandardVersion version, Channel channel, OfficeKind office) {
        Objects.requireNonNull(version, "version: required");
        Objects.requireNonNull(channel, "channel: required");
        OfficeKind kind = office == null ? OfficeKind.ORDINARY : office;
        ChannelDeadlines[] known = byVersion.get(version);
        ChannelDeadlines kept = known == null ? null : known[slot(channel, kind)];
        return kept != null ? kept : keep(version, channel, kind);
    }

    /** Where a channel at a kind of office is kept in a version's array. */
    private static int slot(Channel channel, OfficeKind office) {
        return channel.ordinal() * OFFICE_KINDS + office.ordinal();
    }

    /**
     * Makes and keeps a version's channel at a kind of office. The kept ones are a copy-on-write map by identity (a
     * version is an immutable catalog entry; equal versions give equal hours anyway), read without a lock or an
     * allocation on every call, written rarely: once per (version, channel, kind of office).
     */
    private synchronized ChannelDeadlines keep(StandardVersion version, Channel channel, OfficeKind office) {
        Map<StandardVersion, ChannelDeadlines[]> kept = new IdentityHashMap<>(byVersion.size() >= MAX_KEPT_VERSIONS ? Map.of() : byVersion);
        ChannelDeadlines[] slots = kept.computeIfAbsent(version,
                any -> new ChannelDeadlines[Channel.values().length * OFFICE_KINDS]).clone();
        int slot = slot(channel, office);
        if (slots[slot] == null) {
            DeadlineContext context = new DeadlineContext(calendar, zone, ServiceHours.of(version, channel, office, defaultProviderHours));
            TimetableDays provider = days(context.hours().provider());
            slots[slot] = new ChannelDeadlines(version, channel, context,
                    new ChannelClock(days(context.hours().intake()), provider), new ChannelClock(provider, provider),
                    defaultProviderHours.basis(), acceptance, terms);
        }
        kept.put(version, slots);
        byVersion = kept;
        return slots[slot];
    }

    /** The days of a timetable, shared by every channel and version that keeps the same weekly hours. */
    private TimetableDays days(Timetable timetable) {
        return timetables.computeIfAbsent(timetable.week(), week -> new TimetableDays(calendar, timetable, zone));
    }

    /** The calendar this policy counts against. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }
}
