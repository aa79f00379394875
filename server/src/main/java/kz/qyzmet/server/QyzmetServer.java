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
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.adapters.rest.RestApi;
import kz.qyzmet.adapters.rest.admission.AdmissionRoutes;
import kz.qyzmet.adapters.rest.attestation.AttestationRoutes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.auth.Authenticator;
import kz.qyzmet.adapters.rest.auth.TokenFileException;
import kz.qyzmet.adapters.rest.report.ReportRoutes;
import kz.qyzmet.adapters.rest.request.RequestRoutes;
import kz.qyzmet.adapters.rest.calendar.CalendarRoutes;
import kz.qyzmet.adapters.rest.catalog.CatalogRoutes;
import kz.qyzmet.adapters.rest.queue.QueueRoutes;
import kz.qyzmet.adapters.rest.deadline.DeadlineRoutes;
import kz.qyzmet.adapters.persistence.registry.ConfiguredResponsibleStaff;
import kz.qyzmet.adapters.persistence.registry.InMemoryClassCapacity;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.adapters.rest.notification.NotificationRoutes;
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
        DataDirectory.prepare(config.dataDir());
        LOG.info(config.demo() ? "Demo mode: demo accounts and registries are created when the data directory has no token file"
                : "Demo mode off: no demo accounts or registries (start with --demo or QYZMET_DEMO=true for them)");
        // The registry files are read before the storage is opened: a broken one stops the start having touched nothing.
        CatalogSource catalogSource = config.catalogDir() == null ? JsonCatalogSource.builtIn() : JsonCatalogSource.fromDirectory(config.catalogDir());
        if (config.demo() && !Files.exists(config.dataDir().resolve(TOKENS_FILE))) {
            DemoRegistries.write(config.dataDir(), clock, config.zone());
        }
        DataDirectoryRegistries registries = DataDirectoryRegistries.read(config.dataDir(), catalogSource);
        Authenticator authenticator = DemoTokens.authenticator(config.dataDir().resolve(TOKENS_FILE), config.port(), config.demo(), clock);
        JdbcStorage storage = config.database() == null
                ? JdbcStorage.h2File(config.dataDir())
                : JdbcStorage.connect(config.database().url(), config.database().user(), config.database().password());
        Qyzmet qyzmet = registries.into(Qyzmet.builder())
                .repository(storage.requests())
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
                new Authentication(authenticator, List.of("/requests", "/reports", "/attestations", "/admissions", "/notifications", "/queues")),
                new CatalogRoutes(catalog, catalog, catalog, clock, config.zone()),
                new CalendarRoutes(qyzmet.calendar(), config.zone()),
                new DeadlineRoutes(qyzmet.deadlines(), bodies, config.zone()),
                new CounterVisitRoutes(qyzmet.visits(), bodies, config.zone()),
                new RequestRoutes(qyzmet.requests(), bodies, config.zone()),
                new AttestationRoutes(qyzmet.attestations(), clock, config.zone()),
                new AdmissionRoutes(qyzmet.admissions(), clock, config.zone()),
                new QueueRoutes(qyzmet.queue(), qyzmet.referrals(), bodies),
                new ReportRoutes(qyzmet.reports(), catalog),
                new NotificationRoutes(qyzmet.requests().notifications(), config.zone()),
                new OpenApiRoutes()))
                .start(config.host(), config.port());
        DataDirectory.restrictFiles(config.dataDir());
        LOG.info("Qyzmet listening on http://{}:{} (data in {}, zone {})", config.host(), api.port(),
                config.dataDir().toAbsolutePath(), config.zone());
        ScheduledJobs jobs = new ScheduledJobs(storage.jobLock());
        jobs.every(config.deadlineWatch(), qyzmet.requests().deadlineWatch()::watch);
        return new QyzmetServer(api, qyzmet, storage, jobs);
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

    @Override
    public void close() {
        api.stop();
        jobs.close();
        qyzmet.close();
        storage.close();
    }

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ServerConfig.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("qyzmet: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            QyzmetServer server = start(config, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "qyzmet-shutdown"));
        } catch (CatalogFileException | CalendarFileException | StorageException | TokenFileException | RegistryFileException e) {
            LOG.error("Start-up refused: {}", e.getMessage());
            System.exit(3);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
