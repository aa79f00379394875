package kz.qyzmet.server;

import kz.qyzmet.adapters.rest.visit.CounterVisitRoutes;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import kz.qyzmet.adapters.persistence.calendar.CalendarFileException;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.CatalogFileException;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.jdbc.StorageException;
import kz.qyzmet.adapters.persistence.registryfile.RegistryFileException;
import kz.qyzmet.adapters.persistence.sms.SmsOutboxFile;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.adapters.rest.RestApi;
import kz.qyzmet.adapters.rest.onetimepassword.OneTimePasswordRoutes;
import kz.qyzmet.adapters.signature.CmsSignatureVerification;
import kz.qyzmet.adapters.signature.TrustFileException;
import kz.qyzmet.application.request.port.out.MobileCitizens;
import kz.qyzmet.adapters.rest.admission.AdmissionRoutes;
import kz.qyzmet.adapters.rest.attestation.AttestationRoutes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.auth.Authenticator;
import kz.qyzmet.adapters.rest.auth.TokenFileException;
import kz.qyzmet.adapters.rest.report.ReportRoutes;
import kz.qyzmet.adapters.rest.request.RequestRoutes;
import kz.qyzmet.adapters.rest.request.RequestUseCases;
import kz.qyzmet.adapters.rest.calendar.CalendarRoutes;
import kz.qyzmet.adapters.rest.catalog.CatalogRoutes;
import kz.qyzmet.adapters.rest.queue.QueueRoutes;
import kz.qyzmet.adapters.rest.deadline.DeadlineRoutes;
import kz.qyzmet.adapters.persistence.registry.ConfiguredResponsibleStaff;
import kz.qyzmet.adapters.persistence.registry.InMemoryClassCapacity;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.adapters.rest.notification.NotificationRoutes;
import kz.qyzmet.application.request.RequestServices;
import kz.qyzmet.application.request.port.out.ResponsibleStaff;
import kz.qyzmet.adapters.rest.openapi.OpenApiRoutes;
import kz.qyzmet.adapters.rest.problem.JsonBodies;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.domain.deadline.Timetable;
import kz.qyzmet.embedded.Qyzmet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the bundled server: reads the settings, loads and validates the catalog and the
 * working calendar, wires the use cases to the REST adapter and starts listening. Nothing here decides
 * anything.
 */
public final class QyzmetServer implements AutoCloseable {

    /**
     * The provider's hours where a standard gives none: Mon–Fri 9:00–18:00, lunch 13:00–14:00, the provider
     * schedule of sources 002 (Kazakh text), 000 annex 4 and 003.
     */
    public static final Timetable DEFAULT_PROVIDER_HOURS = Qyzmet.DEFAULT_PROVIDER_HOURS;

    /** The folder of trusted certification authorities ({@code *.pem}) and revocation lists ({@code *.crl}) in the data directory. */
    public static final String TRUST_DIR = "trust";

    /** The file in the data directory the default SMS gateway appends messages to, one JSON line each. */
    public static final String SMS_OUTBOX_FILE = "sms-outbox.jsonl";

    /** The bearer-token file in the data directory: token hashes and who holds them. */
    public static final String TOKENS_FILE = "tokens.json";

    private static final Logger LOG = LoggerFactory.getLogger(QyzmetServer.class);

    private final RestApi api;
    private final Qyzmet qyzmet;
    private final JdbcStorage storage;
    private final ScheduledJobs jobs;

    private QyzmetServer(RestApi api, Qyzmet qyzmet, JdbcStorage storage, ScheduledJobs jobs) {
        this.api = api;
        this.qyzmet = qyzmet;
        this.storage = storage;
        this.jobs = jobs;
    }

    /** Wires and starts a server. */
    public static QyzmetServer start(ServerConfig config, Clock clock) {
        return start(config, clock, null);
    }

    /**
     * Wires and starts a server whose one-time passwords go to the phones of that mobile citizens' database instead
     * of the data directory's {@code mobile-citizens.json} (null: that file).
     */
    public static QyzmetServer start(ServerConfig config, Clock clock, MobileCitizens mobileCitizens) {
        DataDirectory.prepare(config.dataDir());
        LOG.info(config.demo() ? "Demo mode: demo accounts, registries and signing material are created when the data directory has no token file"
                : "Demo mode off: no demo accounts, registries or signing material (start with --demo or QYZMET_DEMO=true for them)");
        // The registry files are read before the storage is opened: a broken one stops the start having touched nothing.
        CatalogSource catalogSource = config.catalogDir() == null ? JsonCatalogSource.builtIn() : JsonCatalogSource.fromDirectory(config.catalogDir());
        if (config.demo() && !Files.exists(config.dataDir().resolve(TOKENS_FILE))) {
            DemoRegistries.write(config.dataDir(), clock, config.zone());
        }
        DataDirectoryRegistries registries = DataDirectoryRegistries.read(config.dataDir(), catalogSource);
        // in demo mode the demo signing material is created with the demo tokens, before the trust anchors are read
        Authenticator authenticator = DemoTokens.authenticator(config.dataDir().resolve(TOKENS_FILE), config.port(), config.demo(), clock);
        JdbcStorage storage = config.database() == null
                ? JdbcStorage.h2File(config.dataDir(), config.compactionWaits())
                : JdbcStorage.connect(config.database().url(), config.database().user(), config.database().password());
        Qyzmet.Builder wiring = registries.into(Qyzmet.builder());
        if (mobileCitizens != null) {
            wiring.mobileCitizens(mobileCitizens);
        }
        Qyzmet qyzmet = wiring
                .repository(storage.requests())
                .signatures(new CmsSignatureVerification(DemoSigning.trust(config.dataDir(), config.dataDir().resolve(TRUST_DIR))))
                .usedSignatures(storage.usedSignatures())
                .issuedCodes(storage.issuedCodes())
                .smsGateway(new SmsOutboxFile(config.dataDir().resolve(SMS_OUTBOX_FILE), clock))
                .notifications(storage.notifications())
                .counterVisits(storage.counterVisits())
                .responsibleStaff(responsibleStaff(config.dataDir()))
                .classCapacity(classCapacity(config.dataDir()))
                .clock(clock)
                .zone(config.zone())
                .catalog(catalogSource)
                .calendar(config.calendarDir() == null ? JsonCalendarSource.builtIn() : JsonCalendarSource.withOverrides(config.calendarDir()))
                .build();
        JsonBodies bodies = new JsonBodies(RestApi.objectMapper());
        CatalogServices catalog = qyzmet.catalog();
        RestApi api = new RestApi(List.of(
                new Authentication(authenticator, List.of("/requests", "/reports", "/attestations", "/admissions", "/notifications", "/queues",
                        "/one-time-passwords")),
                new CatalogRoutes(catalog, catalog, catalog, clock, config.zone()),
                new CalendarRoutes(qyzmet.calendar(), config.zone()),
                new DeadlineRoutes(qyzmet.deadlines(), bodies, config.zone()),
                new CounterVisitRoutes(qyzmet.visits(), bodies, config.zone()),
                new RequestRoutes(requestUseCases(qyzmet.requests()), bodies, config.zone()),
                new AttestationRoutes(qyzmet.attestations(), clock, config.zone()),
                new AdmissionRoutes(qyzmet.admissions(), clock, config.zone()),
                new QueueRoutes(qyzmet.queue(), qyzmet.referrals(), bodies),
                new ReportRoutes(qyzmet.reports(), catalog),
                new NotificationRoutes(qyzmet.requests().notifications(), config.zone()),
                new OneTimePasswordRoutes(qyzmet.oneTimePasswords(), bodies, config.zone()),
                new OpenApiRoutes()), config.zone())
                .start(config.host(), config.port());
        DataDirectory.restrictFiles(config.dataDir());
        LOG.info("Qyzmet listening on http://{}:{} (data in {}, zone {})", config.host(), api.port(),
                config.dataDir().toAbsolutePath(), config.zone());
        ScheduledJobs jobs = new ScheduledJobs(storage.jobLock());
        jobs.every(config.deadlineWatch(), qyzmet.requests().deadlineWatch()::watch);
        scheduleCompaction(config, storage, jobs);
        return new QyzmetServer(api, qyzmet, storage, jobs);
    }

    /**
     * The embedded file database compacted each day at the configured time ({@link JdbcStorage#compact()}: writes
     * pause while it runs). A database given by URL is not: PostgreSQL's autovacuum reclaims space while it runs, and
     * with several servers on one database there is no embedded file at all.
     */
    private static void scheduleCompaction(ServerConfig config, JdbcStorage storage, ScheduledJobs jobs) {
        if (config.compactAt() == null) {
            LOG.info("The embedded database is not compacted while the server runs (--compact-at off); it is compacted when the server stops");
        } else if (config.database() != null) {
            LOG.info("--compact-at does not apply: the database is given by --database-url (PostgreSQL reclaims space with autovacuum)");
        } else {
            jobs.dailyAt(config.compactAt(), config.zone(), storage::compact);
            LOG.info("The embedded database is compacted daily at {} ({}); writes wait while it runs", config.compactAt(), config.zone());
        }
    }

    /** The request use cases, each by its port, as the request routes take them (they never see the services). */
    public static RequestUseCases requestUseCases(RequestServices requests) {
        return new RequestUseCases(requests.submitting(), requests.queries(), requests.queries(),
                requests.intake(), requests.intake(), requests.resolution(),
                requests.review(), requests.review(), requests.review(),
                requests.issuing(), requests.issuing(), requests.issuing(), requests.issuing(), requests.issuing(),
                requests.withdrawal());
    }

    /** The responsible staff file in the data directory, if there is one (format in {@link ConfiguredResponsibleStaff}). */
    public static final String RESPONSIBLE_STAFF_FILE = "responsible-staff.json";

    /** The schools' first-grade places per year in the data directory, if there is one (format in {@link InMemoryClassCapacity}). */
    public static final String CLASS_CAPACITY_FILE = "class-capacity.json";

    private static ClassCapacity classCapacity(java.nio.file.Path dataDir) {
        java.nio.file.Path file = dataDir.resolve(CLASS_CAPACITY_FILE);
        return Files.exists(file) ? InMemoryClassCapacity.fromFile(file) : ClassCapacity.unlimited();
    }

    private static ResponsibleStaff responsibleStaff(java.nio.file.Path dataDir) {
        java.nio.file.Path file = dataDir.resolve(RESPONSIBLE_STAFF_FILE);
        return Files.exists(file) ? ConfiguredResponsibleStaff.fromFile(file) : ResponsibleStaff.NONE;
    }

    /** The port it listens on. */
    public int port() {
        return api.port();
    }

    /** Every route the server answers, as method and path ({@code "GET /services/{service}"}), sorted. */
    public List<String> routes() {
        return api.routes();
    }

    /** The storage the server opened (for tests that hold its compaction's pause). */
    JdbcStorage storage() {
        return storage;
    }

    @Override
    public void close() {
        api.stop();
        jobs.close();
        qyzmet.close();
        storage.close();
    }

    /** The server's version, as the build wrote it into {@code version.properties}. */
    public static String version() {
        java.util.Properties build = new java.util.Properties();
        try (java.io.InputStream in = QyzmetServer.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("version.properties: unreadable", e);
        }
        return build.getProperty("version", "unknown");
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(ServerConfig.usage());
            return;
        }
        if (List.of(args).contains("--version")) {
            System.out.println("qyzmet-server " + version());
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("qyzmet: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            QyzmetServer server = start(config, config.clock());
            if (config.fixedNow() != null) {
                LOG.info("Clock fixed at {}: every call takes that moment as now", config.fixedNow());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "qyzmet-shutdown"));
        } catch (CatalogFileException | CalendarFileException | StorageException | TokenFileException | RegistryFileException
                 | TrustFileException e) {
            LOG.error("Start-up refused: {}", e.getMessage());
            System.exit(3);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
