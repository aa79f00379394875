package kz.qyzmet.domain.catalog;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One version of a service standard: the ten fields of the standard (register of basic requirements) as
 * one source document states them, in force over a period. Every field is a {@link Fact}: known, with
 * its citation, or unknown, with the reason.
 *
 * @param origin            id, period, source, variant flag
 * @param provider          field 1: who provides the service
 * @param channels          field 2: the delivery channels
 * @param terms             field 3 per channel: processing term, longest wait, longest service time
 * @param forms             field 4: electronic, paper, proactive
 * @param results           field 5: positive result and motivated refusal
 * @param fee               field 6
 * @param schedules         field 7 per channel
 * @param documents         field 8 per channel
 * @param refusalGrounds    field 9, and the intake refusal grounds
 * @param intakeWindows     periods in which applications are taken (field 3 or 10)
 * @param procedures        the regulation's procedures
 * @param otherRequirements field 10
 */
public record StandardVersion(
        VersionOrigin origin,
        Fact<Provider> provider,
        Fact<Set<Channel>> channels,
        Map<Channel, ChannelTerms> terms,
        Fact<Set<ServiceForm>> forms,
        Fact<List<ServiceResult>> results,
        Fact<Fee> fee,
        Map<Channel, Fact<List<WorkSchedule>>> schedules,
        Map<Channel, Fact<List<DocumentRequirement>>> documents,
        Fact<List<RefusalGround>> refusalGrounds,
        Fact<List<IntakeWindow>> intakeWindows,
        Fact<List<Procedure>> procedures,
        Fact<List<OtherRequirement>> otherRequirements) {

    public StandardVersion {
        Objects.requireNonNull(origin, "origin: required");
        Objects.requireNonNull(provider, "provider: required (a fact or an unknown)");
        Objects.requireNonNull(channels, "channels: required (a fact or an unknown)");
        Objects.requireNonNull(forms, "forms: required (a fact or an unknown)");
        Objects.requireNonNull(results, "results: required (a fact or an unknown)");
        Objects.requireNonNull(fee, "fee: required (a fact or an unknown)");
        Objects.requireNonNull(refusalGrounds, "refusalGrounds: required (a fact or an unknown)");
        Objects.requireNonNull(intakeWindows, "intakeWindows: required (a fact or an unknown)");
        Objects.requireNonNull(procedures, "procedures: required (a fact or an unknown)");
        Objects.requireNonNull(otherRequirements, "otherRequirements: required (a fact or an unknown)");
        terms = channelMap("terms", terms);
        schedules = channelMap("schedules", schedules);
        documents = channelMap("documents", documents);
        channels = channels.map(Set::copyOf);
        forms = forms.map(Set::copyOf);
        results = results.map(List::copyOf);
        refusalGrounds = refusalGrounds.map(List::copyOf);
        intakeWindows = intakeWindows.map(List::copyOf);
        procedures = procedures.map(List::copyOf);
        otherRequirements = otherRequirements.map(List::copyOf);

        Optional<Set<Channel>> offered = channels.value();
        if (offered.isPresent()) {
            Set<Channel> set = offered.get();
            if (set.isEmpty()) {
                throw new IllegalArgumentException("channels: at least one channel is required");
            }
            if (!terms.keySet().equals(set)) {
                throw new IllegalArgumentException("terms: must have exactly one entry per channel " + set + ", has " + terms.keySet());
            }
            requireSubset("schedules", schedules.keySet(), set);
            requireSubset("documents", documents.keySet(), set);
            procedures.value().ifPresent(list -> list.forEach(
                    procedure -> requireSubset("procedures." + procedure.code() + ".channels", procedure.channels(), set)));
        }
        documents.forEach((channel, list) -> list.value().ifPresent(
                docs -> unique("documents." + channel, docs, DocumentRequirement::code)));
        refusalGrounds.value().ifPresent(list -> unique("refusalGrounds", list, RefusalGround::code));
        intakeWindows.value().ifPresent(list -> unique("intakeWindows", list, IntakeWindow::code));
        procedures.value().ifPresent(list -> unique("procedures", list, Procedure::code));
        otherRequirements.value().ifPresent(list -> unique("otherRequirements", list, OtherRequirement::code));
    }

    private static <V> Map<Channel, V> channelMap(String field, Map<Channel, V> map) {
        Objects.requireNonNull(map, field + ": required (may be empty)");
        EnumMap<Channel, V> copy = new EnumMap<>(Channel.class);
        map.forEach((channel, value) -> copy.put(
                Objects.requireNonNull(channel, field + ": channel must not be null"),
                Objects.requireNonNull(value, field + "." + channel + ": must not be null")));
        return Map.copyOf(copy);
    }

    private static void requireSubset(String field, Set<Channel> used, Set<Channel> offered) {
        for (Channel channel : used) {
            if (!offered.contains(channel)) {
                throw new IllegalArgumentException(field + ": " + channel + " is not among the channels " + offered);
            }
        }
    }

    private static <T> void unique(String field, List<T> items, Function<T, CatalogCode> code) {
        Set<CatalogCode> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(code.apply(item))) {
                throw new IllegalArgumentException(field + ": code '" + code.apply(item) + "' appears twice");
            }
        }
    }

    public CatalogCode id() {
        return origin.id();
    }

    /** Whether the standard offers the channel; false where the channels are unknown. */
    public boolean offers(Channel channel) {
        return channels.value().map(set -> set.contains(channel)).orElse(false);
    }

    /**
     * The documents required on a channel, as a fact or an unknown.
     *
     * @throws ChannelNotOfferedException if the standard's known channels do not include it
     */
    public Fact<List<DocumentRequirement>> requirementsFor(ServiceId service, Channel channel) {
        requireOffered(service, channel);
        Fact<List<DocumentRequirement>> listed = documents.get(channel);
        return listed != null ? listed : Fact.unknown("the sources list no documents for " + channel);
    }

    /**
     * The terms on a channel.
     *
     * @throws ChannelNotOfferedException if the standard's known channels do not include it
     */
    public ChannelTerms termsFor(ServiceId service, Channel channel) {
        requireOffered(service, channel);
        ChannelTerms channelTerms = terms.get(channel);
        if (channelTerms == null) {
            Fact<ProcessingTerm> none = Fact.unknown("the sources give no channels for this service");
            return new ChannelTerms(none, Fact.unknown("not given"), Fact.unknown("not given"));
        }
        return channelTerms;
    }

    /** The work schedules of a channel, as a fact or an unknown. */
    public Fact<List<WorkSchedule>> scheduleFor(Channel channel) {
        Fact<List<WorkSchedule>> listed = schedules.get(channel);
        return listed != null ? listed : Fact.unknown("the sources give no schedule for " + channel);
    }

    /**
     * Whether this version's intake windows depend on the grade applied for (a window for certain grades): then an
     * application must say its grade.
     */
    public boolean windowsDependOnGrade() {
        return intakeWindows.value().map(list -> list.stream().anyMatch(IntakeWindow::gradeBound)).orElse(false);
    }

    /** The refusal ground with that code, if this version has it. */
    public Optional<RefusalGround> refusalGround(CatalogCode code) {
        return refusalGrounds.value().flatMap(list -> list.stream().filter(ground -> ground.code().equals(code)).findFirst());
    }

    /** The procedure that applies to a channel, if the regulation gives one. */
    public Optional<Procedure> procedureFor(Channel channel) {
        return procedures.value().flatMap(list -> list.stream().filter(p -> p.channels().contains(channel)).findFirst());
    }

    private void requireOffered(ServiceId service, Channel channel) {
        Objects.requireNonNull(channel, "channel: required");
        channels.value().ifPresent(set -> {
            if (!set.contains(channel)) {
                throw new ChannelNotOfferedException(service, channel, set);
            }
        });
    }
}
