package kz.qyzmet.benchmarks.city;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.Provider;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.Applicant;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.IntakeCheck;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;
import kz.qyzmet.domain.request.SubmittedDocument;
import kz.qyzmet.domain.request.UserId;

/**
 * One city's year of requests, built through the domain: each request is submitted, checked at intake by the
 * standard's rules ({@link IntakeCheck}: documents, windows), refused at intake or accepted with the deadline and the
 * regulation's step deadlines of {@link DeadlinePolicy}, and then taken through the lifecycle by the provider's staff,
 * the State Corporation and the applicant, each step a {@link ServiceRequest} method with its checks. The deadline
 * watch's warnings are recorded as the system would have raised them by the moment of each step. Whatever would
 * happen after the end of the year does not: those requests are still open, as the deadline watch and the worklists
 * see them then.
 *
 * <p>Everything is drawn from one seeded {@link Random}, so that a seed gives the same city. The mix of services,
 * channels and outcomes is {@link ServiceMix} and {@link Outcome}; the services' channels, terms, documents, intake
 * windows and refusal grounds are the catalog's.
 */
public final class CityYear {

    private static final Actor WATCH = Actor.system("deadline-watch");
    private static final Actor PORTAL_INTAKE = Actor.system("portal-intake");
    private static final Actor CABINET = Actor.system("personal-cabinet");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final City city;
    private final ServiceMix mix;
    private final Catalog catalog;
    private final DeadlinePolicy deadlines;
    private final ZoneId zone;
    private final Year year;
    private final Instant end;
    private final Random random;
    private final IntakeCheck intake = new IntakeCheck();
    private final AtRiskShare atRisk = AtRiskShare.DEFAULT;
    private long citizens;

    /**
     * The city the benchmarks and their tests generate: 400 providers ({@link City#of(int)}), the city's mix of services
     * ({@link ServiceMix#city()}), the built-in catalog, requests received in 2025.
     *
     * @param deadlines the deadline policy of the deployment (its calendar and zone are the city's)
     */
    public static CityYear of2025(DeadlinePolicy deadlines, long seed) {
        return new CityYear(City.of(400), ServiceMix.city(), JsonCatalogSource.builtIn().catalog(), deadlines, Year.of(2025), seed);
    }

    /**
     * @param deadlines the deadline policy of the deployment (its calendar and zone are the city's)
     * @param year      the year the requests are received in; the city is seen at its last moment
     */
    public CityYear(City city, ServiceMix mix, Catalog catalog, DeadlinePolicy deadlines, Year year, long seed) {
        this.city = Objects.requireNonNull(city, "city: required");
        this.mix = Objects.requireNonNull(mix, "mix: required");
        this.catalog = Objects.requireNonNull(catalog, "catalog: required");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines: required");
        this.zone = deadlines.zone();
        this.year = Objects.requireNonNull(year, "year: required");
        this.end = year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        this.random = new Random(seed);
        for (ServiceMix.Share share : mix.services()) {
            if (catalog.find(share.service()).isEmpty()) {
                throw new IllegalArgumentException("mix: service '" + share.service() + "' is not in the catalog");
            }
        }
    }

    /** The last moment of the year: what the city looks like when the generation ends. */
    public Instant end() {
        return end;
    }

    /**
     * Builds {@code requests} requests, in batches of {@code batchSize} handed to {@code store} in the order they were
     * built, and counts them.
     */
    public CityCounts generate(int requests, int batchSize, Consumer<List<ServiceRequest>> store) {
        if (requests < 1 || batchSize < 1) {
            throw new IllegalArgumentException("requests and batchSize: at least 1, were " + requests + " and " + batchSize);
        }
        CityCounts counts = new CityCounts(end);
        List<ServiceRequest> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < requests; i++) {
            ServiceRequest request = next();
            counts.add(request);
            batch.add(request);
            if (batch.size() == batchSize) {
                store.accept(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            store.accept(batch);
        }
        return counts;
    }

    /** The next request of the year. */
    public ServiceRequest next() {
        while (true) {
            ServiceMix.Share share = mix.service(random);
            ServiceStandard standard = catalog.find(share.service()).orElseThrow();
            YearMonth month = year.atMonth(share.month(random));
            LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            Optional<StandardVersion> inForce = standard.versionOn(day);
            if (inForce.isEmpty()) {
                continue;
            }
            List<Channel> channels = channelsWithATerm(standard, inForce.get());
            if (channels.isEmpty()) {
                continue;
            }
            return build(standard, inForce.get(), channels, share, day);
        }
    }

    private ServiceRequest build(ServiceStandard standard, StandardVersion filedUnder, List<Channel> channels, ServiceMix.Share share, LocalDate day) {
        Channel channel = channels.get(ServiceMix.draw(channels.stream().mapToDouble(ServiceMix.CHANNEL_WEIGHTS::get).toArray(), random));
        List<ProviderId> providers = city.providersOf(filedUnder.provider().value().map(Provider::kind).orElse(share.provider()));
        ProviderId provider = providers.get(random.nextInt(providers.size()));
        Instant receivedAt = receivedAt(channel, day);
        Outcome outcome = Outcome.draw(random);
        Iin iin = Applicants.next(random);
        Actor applicant = Actor.applicant(UserId.of("citizen-" + (++citizens)), iin);
        UserId office = city.offices().get(random.nextInt(city.offices().size()));
        Actor clerk = City.staff(provider, Role.INTAKE_OFFICER);
        Actor intakeActor = switch (channel) {
            case PROVIDER_OFFICE -> clerk;
            case STATE_CORPORATION -> City.operator(office);
            default -> PORTAL_INTAKE;
        };
        Submission submission = new Submission(standard.id(), channel, provider, Applicant.inPerson(iin),
                documents(standard, filedUnder, channel, day, outcome == Outcome.REFUSED_AT_INTAKE), true, receivedAt);
        Actor submitter = switch (channel) {
            case PROVIDER_OFFICE, STATE_CORPORATION -> intakeActor;
            default -> applicant;
        };
        ServiceRequest request = ServiceRequest.submit(RequestId.timeOrdered(receivedAt, new UUID(random.nextLong(), random.nextLong())),
                submission, submitter);

        // intake: on the acceptance moment of the channel (the next working morning for the portal at night)
        Instant intakeAt = later(receivedAt, deadlines.acceptance(filedUnder, channel, receivedAt).acceptedAt());
        if (intakeAt.isAfter(end)) {
            return request;
        }
        LocalDate intakeDay = intakeAt.atZone(zone).toLocalDate();
        StandardVersion version = standard.versionOn(intakeDay).orElse(filedUnder);
        List<IntakeRefusalReason> reasons = new ArrayList<>(intake.check(standard.id(), version, submission,
                receivedAt.atZone(zone).toLocalDate(), intakeDay, Set.of()));
        if (outcome == Outcome.REFUSED_AT_INTAKE && reasons.isEmpty()) {
            grounds(version, RefusalStage.INTAKE).stream().findFirst().ifPresent(ground -> reasons.add(new IntakeRefusalReason.StandardGround(ground)));
        }
        if (!reasons.isEmpty()) {
            request.refuseIntake(intakeActor, intakeAt, reasons);
            return request;
        }
        Deadline deadline = deadlines.deadline(standard.id(), version, channel, submission.filedAt(), receivedAt);
        request.accept(intakeActor, intakeAt, version.id(), deadline, deadlines.stepDeadlines(version, channel, deadline));

        Steps steps = new Steps(request, later(intakeAt, deadline.acceptance().acceptedAt()), deadline.dueAt());
        double done = outcome == Outcome.ISSUED_LATE ? 1.05 + 0.6 * random.nextDouble() : 0.1 + 0.85 * random.nextDouble();
        Actor head = City.staff(provider, Role.HEAD);
        UserId executor = City.executor(provider, random.nextInt(City.EXECUTORS));
        Actor reviewer = Actor.staff(executor, Role.EXECUTOR, provider);
        if (!steps.at(done * 0.15, at -> request.assign(head, at, executor))) {
            return request;
        }
        if (outcome == Outcome.WITHDRAWN) {
            steps.at(done * (0.2 + 0.6 * random.nextDouble()), at -> request.withdraw(applicant, at));
            return request;
        }
        if (!steps.at(done * 0.3, at -> request.startReview(reviewer, at)) || outcome == Outcome.FORGOTTEN) {
            steps.on(end, at -> { });
            return request;
        }
        List<CatalogCode> decisionGrounds = grounds(version, RefusalStage.DECISION).stream().map(RefusalGround::code).toList();
        if (outcome == Outcome.REFUSED && !decisionGrounds.isEmpty()) {
            CatalogCode ground = decisionGrounds.get(random.nextInt(decisionGrounds.size()));
            steps.at(done, at -> request.refuse(reviewer, at, version, List.of(ground), "the documents do not meet the standard"));
            return request;
        }
        if (!steps.at(done, at -> request.approve(reviewer, at)) || !steps.after(Duration.ofMinutes(5 + random.nextInt(55)), at -> request.markReady(head, at))) {
            return request;
        }
        switch (channel) {
            case PROVIDER_OFFICE -> steps.after(Duration.ofMinutes(random.nextInt(3 * 24 * 60)), at -> request.issue(clerk, at));
            case STATE_CORPORATION -> {
                if (steps.after(Duration.ofHours(1), at -> request.handOver(clerk, at, zone))) {
                    if (outcome == Outcome.UNCOLLECTED) {
                        steps.on(request.keptUntil().orElseThrow().plus(Duration.ofHours(1)), at -> request.returnToProvider(WATCH, at));
                    } else {
                        steps.after(Duration.ofMinutes(60 + random.nextInt(10 * 24 * 60)), at -> request.issue(City.operator(office), at));
                    }
                }
            }
            default -> steps.after(MINUTE, at -> request.issue(CABINET, at));
        }
        return request;
    }

    /** The channels of a version whose processing term is known, in the catalog's order. */
    private static List<Channel> channelsWithATerm(ServiceStandard standard, StandardVersion version) {
        return version.channels().value().orElse(Set.of()).stream().sorted()
                .filter(channel -> version.termsFor(standard.id(), channel).processing().value().isPresent())
                .toList();
    }

    private static List<RefusalGround> grounds(StandardVersion version, RefusalStage stage) {
        return version.refusalGrounds().value().orElse(List.of()).stream().filter(ground -> ground.stage() == stage).toList();
    }

    /** Every document the standard demands from the applicant on the channel, issued recently; one left out if asked. */
    private List<SubmittedDocument> documents(ServiceStandard standard, StandardVersion version, Channel channel, LocalDate day, boolean leaveOneOut) {
        Fact<List<DocumentRequirement>> required = version.requirementsFor(standard.id(), channel);
        List<DocumentRequirement> demanded = required.value().orElse(List.of()).stream().filter(DocumentRequirement::demandedFromApplicant).toList();
        int left = leaveOneOut && !demanded.isEmpty() ? random.nextInt(demanded.size()) : -1;
        List<SubmittedDocument> documents = new ArrayList<>();
        for (int i = 0; i < demanded.size(); i++) {
            if (i != left) {
                documents.add(new SubmittedDocument(demanded.get(i).code(), day.minusDays(1 + random.nextInt(20))));
            }
        }
        return documents;
    }

    /** At the desk during office hours on a working day; on the portal and devices at any hour from 07:00. */
    private Instant receivedAt(Channel channel, LocalDate day) {
        boolean desk = channel == Channel.PROVIDER_OFFICE || channel == Channel.STATE_CORPORATION;
        LocalDate on = day;
        WorkingCalendar calendar = deadlines.calendar();
        while (desk && !calendar.isWorkingDay(on) && on.getYear() == year.getValue()) {
            on = on.plusDays(1);
        }
        if (on.getYear() != year.getValue()) {
            on = day;
        }
        int from = desk ? 9 * 3600 : 7 * 3600;
        int to = desk ? 18 * 3600 : 24 * 3600;
        return on.atTime(LocalTime.ofSecondOfDay(from + random.nextInt(to - from - 60))).atZone(zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The steps of one request after its acceptance, at moments given as a share of its term or after the previous
     * step; the deadline watch raises what it would have by each moment, and nothing happens after the year's end.
     */
    private final class Steps {
        private final ServiceRequest request;
        private final Instant start;
        private final long term;
        private Instant last;

        Steps(ServiceRequest request, Instant start, Instant due) {
            this.request = request;
            this.start = start;
            this.term = Math.max(Duration.between(start, due).getSeconds(), 600);
            this.last = start;
        }

        /** The step at {@code share} of the term after its start (never before the previous step). */
        boolean at(double share, Consumer<Instant> step) {
            return on(start.plusSeconds((long) (share * term)), step);
        }

        boolean after(Duration wait, Consumer<Instant> step) {
            return on(last.plus(wait), step);
        }

        boolean on(Instant moment, Consumer<Instant> step) {
            Instant at = later(moment, last);
            if (at.isAfter(end)) {
                request.watchDeadlines(WATCH, end, atRisk);
                return false;
            }
            request.watchDeadlines(WATCH, at, atRisk);
            step.accept(at);
            last = at;
            return true;
        }
    }
}
