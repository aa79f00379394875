package kz.qyzmet.embedded;

import kz.qyzmet.adapters.persistence.memory.InMemoryCounterVisits;
import kz.qyzmet.application.visit.CounterVisitDesk;
import kz.qyzmet.application.visit.port.out.CounterVisits;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.adapters.persistence.memory.InMemoryNotifications;
import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;
import kz.qyzmet.adapters.persistence.registry.InMemoryDigitalDocuments;
import kz.qyzmet.adapters.persistence.registry.InMemoryMobileCitizens;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.adapters.persistence.registry.InMemoryPowerOfAttorneyRegistry;
import kz.qyzmet.adapters.persistence.memory.InMemoryIssuedCodes;
import kz.qyzmet.adapters.persistence.memory.InMemoryUsedSignatures;
import kz.qyzmet.adapters.persistence.memory.RecordingSmsGateway;
import kz.qyzmet.adapters.persistence.registry.InMemorySignatureVerification;
import kz.qyzmet.application.onetimepassword.OneTimePasswords;
import kz.qyzmet.adapters.persistence.registry.InMemoryTerritoryRegistry;
import kz.qyzmet.application.admission.AdmissionNotifications;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.application.admission.port.out.TerritoryRegistry;
import kz.qyzmet.application.attestation.DueAttestations;
import kz.qyzmet.application.calendar.CalendarQueries;
import kz.qyzmet.application.calendar.port.out.CalendarSource;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.application.queue.QueuePositions;
import kz.qyzmet.application.queue.Referrals;
import kz.qyzmet.application.deadline.DeadlinePreviews;
import kz.qyzmet.application.report.MonthlyReports;
import kz.qyzmet.application.request.RequestServices;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.Timetable;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Qyzmet wired for embedding: the built-in catalog and calendar, the deadline policies, and the request use
 * cases on the ports you give it — in memory unless replaced. It needs no web server, no database driver and
 * no logging backend (it logs through the SLF4J API only). The bundled server is built on it too.
 *
 * <pre>{@code
 * Qyzmet qyzmet = Qyzmet.builder().persons(new InMemoryPersonRegistry().register(iin)).build();
 * RequestView submitted = qyzmet.requests().submitting().submit(command);
 * }</pre>
 */
public final class Qyzmet implements AutoCloseable {

    /**
     * The provider's hours where a standard gives none: Mon–Fri 9:00–18:00, lunch 13:00–14:00, the provider
     * schedule of sources 002 (Kazakh text), 000 annex 4 and 003.
     */
    public static final Timetable DEFAULT_PROVIDER_HOURS = defaultProviderHours();

    private final CatalogServices catalog;
    private final CalendarQueries calendar;
    private final DeadlinePolicy deadlinePolicy;
    private final DeadlinePreviews deadlines;
    private final RequestServices requests;
    private final DueAttestations attestations;
    private final AdmissionNotifications admissions;
    private final QueuePositions queue;
    private final Referrals referrals;
    private final MonthlyReports reports;
    private final CounterVisitDesk visits;
    private final CommandValidator validator;
    private final OneTimePasswords oneTimePasswords;
    private final kz.qyzmet.application.request.port.out.MobileCitizens mobileCitizens;
    private final ValidatorFactory validation;

    private Qyzmet(Builder builder) {
        this.mobileCitizens = builder.mobileCitizens;
        this.validation = Validation.byDefaultProvider().configure()
                // English whatever the JVM's default locale: the REST adapter words each rule in the reader's language from it.
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory();
        this.validator = new CommandValidator(validation.getValidator());
        this.catalog = new CatalogServices(builder.catalog, validator);
        this.calendar = new CalendarQueries(builder.calendar);
        this.deadlinePolicy = new DeadlinePolicy(builder.calendar.calendar(), builder.zone, builder.defaultProviderHours);
        this.deadlines = new DeadlinePreviews(catalog, deadlinePolicy, validator);
        this.oneTimePasswords = new OneTimePasswords(builder.mobileCitizens, builder.smsGateway, builder.issuedCodes, builder.clock, validator);
        this.requests = RequestServices.wire(
                new RequestServices.Ports(builder.repository, builder.events, builder.persons, builder.powersOfAttorney,
                        builder.digitalDocuments, builder.signatures, builder.usedSignatures, oneTimePasswords, builder.classCapacity, builder.notifications, builder.responsibleStaff),
                catalog, deadlinePolicy, validator, builder.clock, builder.atRiskShare);
        this.attestations = new DueAttestations(builder.repository, catalog, validator, builder.zone);
        this.admissions = new AdmissionNotifications(builder.repository, builder.territories, validator, builder.zone);
        this.queue = new QueuePositions(requests.queries(), builder.repository);
        this.referrals = new Referrals(builder.repository, builder.events, validator, builder.clock);
        this.reports = new MonthlyReports(builder.repository, builder.counterVisits, deadlinePolicy, validator, builder.clock);
        this.visits = new CounterVisitDesk(builder.repository, builder.counterVisits, builder.catalog, validator, builder.clock, builder.zone);
    }

    private static Timetable defaultProviderHours() {
        Set<DayOfWeek> weekdays = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        OpeningHours hours = new OpeningHours(weekdays, TimeRange.of("09:00", "18:00"), TimeRange.of("13:00", "14:00"), null);
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach(day -> week.put(day, hours));
        return new Timetable(week, "default provider hours Mon–Fri 09:00–18:00, lunch 13:00–14:00 "
                + "(the provider schedule of sources 002 kk, 000 annex 4 and 003)");
    }

    /** A builder with every part at its in-memory or built-in default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Catalog queries: services, standards in force, requirements per channel. */
    public CatalogServices catalog() {
        return catalog;
    }

    /** The working calendar's years. */
    public CalendarQueries calendar() {
        return calendar;
    }

    /** Deadline previews. */
    public DeadlinePreviews deadlines() {
        return deadlines;
    }

    /** The deadline policy the request use cases count with. */
    public DeadlinePolicy deadlinePolicy() {
        return deadlinePolicy;
    }

    /** One-time passwords sent to the applicants' registered phones, to sign electronic submissions with. */
    public OneTimePasswords oneTimePasswords() {
        return oneTimePasswords;
    }

    /** The mobile citizens' database wired in, for the one-time-password channel. */
    public kz.qyzmet.application.request.port.out.MobileCitizens mobileCitizens() {
        return mobileCitizens;
    }

    /** The request use cases. */
    public RequestServices requests() {
        return requests;
    }

    /** Positions in the pre-school queue. */
    public QueuePositions queue() {
        return queue;
    }

    /** Referrals from the pre-school queue. */
    public Referrals referrals() {
        return referrals;
    }

    /** The order of school admission notifications. */
    public AdmissionNotifications admissions() {
        return admissions;
    }

    /** Teachers due for attestation. */
    public DueAttestations attestations() {
        return attestations;
    }

    /** The monthly monitoring report. */
    public MonthlyReports reports() {
        return reports;
    }

    /** Recording the visits to the counters: ticket, call and end of service, for the waiting and desk-time breaches. */
    public CounterVisitDesk visits() {
        return visits;
    }

    /** The Bean Validation checks the use cases apply, for adapters that validate before calling them. */
    public CommandValidator validator() {
        return validator;
    }

    @Override
    public void close() {
        validation.close();
    }

    /** What to wire: every part has an in-memory or built-in default. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Almaty");
        private CatalogSource catalog;
        private CalendarSource calendar;
        private Timetable defaultProviderHours = DEFAULT_PROVIDER_HOURS;
        private double atRiskShare = RequestServices.DEFAULT_AT_RISK_SHARE;
        private kz.qyzmet.application.request.port.out.RequestRepository repository = new InMemoryRequestRepository();
        private kz.qyzmet.application.request.port.out.RequestEventPublisher events = new EventLog();
        private kz.qyzmet.application.request.port.out.PersonRegistry persons = new InMemoryPersonRegistry();
        private kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry powersOfAttorney = new InMemoryPowerOfAttorneyRegistry();
        private kz.qyzmet.application.request.port.out.DigitalDocuments digitalDocuments = new InMemoryDigitalDocuments();
        private kz.qyzmet.application.request.port.out.SignatureVerification signatures = new InMemorySignatureVerification();
        private kz.qyzmet.application.request.port.out.UsedSignatures usedSignatures = new InMemoryUsedSignatures();
        private kz.qyzmet.application.onetimepassword.port.out.SmsGateway smsGateway = new RecordingSmsGateway();
        private kz.qyzmet.application.onetimepassword.port.out.IssuedCodes issuedCodes = new InMemoryIssuedCodes();
        private TerritoryRegistry territories = new InMemoryTerritoryRegistry();
        private kz.qyzmet.application.request.port.out.MobileCitizens mobileCitizens = new InMemoryMobileCitizens();
        private ClassCapacity classCapacity = ClassCapacity.unlimited();
        private kz.qyzmet.application.request.port.out.Notifications notifications = new InMemoryNotifications();
        private CounterVisits counterVisits = new InMemoryCounterVisits();
        private kz.qyzmet.application.request.port.out.ResponsibleStaff responsibleStaff =
                kz.qyzmet.application.request.port.out.ResponsibleStaff.NONE;

        private Builder() {
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock: required");
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone: required");
            return this;
        }

        public Builder catalog(CatalogSource catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog: required");
            return this;
        }

        public Builder calendar(CalendarSource calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar: required");
            return this;
        }

        public Builder defaultProviderHours(Timetable hours) {
            this.defaultProviderHours = Objects.requireNonNull(hours, "defaultProviderHours: required");
            return this;
        }

        public Builder atRiskShare(double share) {
            this.atRiskShare = share;
            return this;
        }

        public Builder repository(kz.qyzmet.application.request.port.out.RequestRepository repository) {
            this.repository = Objects.requireNonNull(repository, "repository: required");
            return this;
        }

        public Builder events(kz.qyzmet.application.request.port.out.RequestEventPublisher events) {
            this.events = Objects.requireNonNull(events, "events: required");
            return this;
        }

        public Builder persons(kz.qyzmet.application.request.port.out.PersonRegistry persons) {
            this.persons = Objects.requireNonNull(persons, "persons: required");
            return this;
        }

        public Builder powersOfAttorney(kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry powersOfAttorney) {
            this.powersOfAttorney = Objects.requireNonNull(powersOfAttorney, "powersOfAttorney: required");
            return this;
        }

        public Builder digitalDocuments(kz.qyzmet.application.request.port.out.DigitalDocuments digitalDocuments) {
            this.digitalDocuments = Objects.requireNonNull(digitalDocuments, "digitalDocuments: required");
            return this;
        }

        public Builder signatures(kz.qyzmet.application.request.port.out.SignatureVerification signatures) {
            this.signatures = Objects.requireNonNull(signatures, "signatures: required");
            return this;
        }

        /** The signatures already taken, so that none is replayed; in memory unless given. */
        public Builder usedSignatures(kz.qyzmet.application.request.port.out.UsedSignatures usedSignatures) {
            this.usedSignatures = Objects.requireNonNull(usedSignatures, "usedSignatures: required");
            return this;
        }

        /** The SMS gateway one-time passwords go through; kept in memory unless given. */
        public Builder smsGateway(kz.qyzmet.application.onetimepassword.port.out.SmsGateway smsGateway) {
            this.smsGateway = Objects.requireNonNull(smsGateway, "smsGateway: required");
            return this;
        }

        /** Where the issued one-time passwords are kept, hashed; in memory unless given. */
        public Builder issuedCodes(kz.qyzmet.application.onetimepassword.port.out.IssuedCodes issuedCodes) {
            this.issuedCodes = Objects.requireNonNull(issuedCodes, "issuedCodes: required");
            return this;
        }

        public Builder classCapacity(ClassCapacity classCapacity) {
            this.classCapacity = Objects.requireNonNull(classCapacity, "classCapacity: required");
            return this;
        }

        public Builder territories(TerritoryRegistry territories) {
            this.territories = Objects.requireNonNull(territories, "territories: required");
            return this;
        }

        /** The mobile citizens' database, which gives the phone a one-time password goes to; in memory (empty) unless given. */
        public Builder mobileCitizens(kz.qyzmet.application.request.port.out.MobileCitizens mobileCitizens) {
            this.mobileCitizens = Objects.requireNonNull(mobileCitizens, "mobileCitizens: required");
            return this;
        }

        /** Where the applicants' messages go; in memory unless given. */
        public Builder notifications(kz.qyzmet.application.request.port.out.Notifications notifications) {
            this.notifications = Objects.requireNonNull(notifications, "notifications: required");
            return this;
        }

        /** Where the visits to the counters are kept; in memory unless given. */
        public Builder counterVisits(CounterVisits counterVisits) {
            this.counterVisits = Objects.requireNonNull(counterVisits, "counterVisits: required");
            return this;
        }

        /** Each provider's responsible staff per service; the resolution defaults to the configured executor. None unless given. */
        public Builder responsibleStaff(kz.qyzmet.application.request.port.out.ResponsibleStaff responsibleStaff) {
            this.responsibleStaff = Objects.requireNonNull(responsibleStaff, "responsibleStaff: required");
            return this;
        }

        /** Wires everything; the built-in catalog and calendar are loaded (and validated) here unless given. */
        public Qyzmet build() {
            if (catalog == null) {
                catalog = JsonCatalogSource.builtIn();
            }
            if (calendar == null) {
                calendar = JsonCalendarSource.builtIn();
            }
            return new Qyzmet(this);
        }
    }
}
