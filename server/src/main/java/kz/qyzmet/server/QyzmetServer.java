package kz.qyzmet.server;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import kz.qyzmet.adapters.persistence.catalog.CatalogFileException;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.adapters.rest.RestApi;
import kz.qyzmet.adapters.rest.catalog.CatalogRoutes;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.application.validation.CommandValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the bundled server: reads the settings, loads and validates the catalog, wires
 * the use cases to the REST adapter and starts listening. Nothing here decides anything.
 */
public final class QyzmetServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QyzmetServer.class);

    private final RestApi api;
    private final ValidatorFactory validation;

    private QyzmetServer(RestApi api, ValidatorFactory validation) {
        this.api = api;
        this.validation = validation;
    }

    /** Wires and starts a server. */
    public static QyzmetServer start(ServerConfig config, Clock clock) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("data-dir: cannot create " + config.dataDir().toAbsolutePath(), e);
        }
        CatalogSource catalog = config.catalogDir() == null
                ? JsonCatalogSource.builtIn()
                : JsonCatalogSource.fromDirectory(config.catalogDir());
        ValidatorFactory validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        CatalogServices catalogServices = new CatalogServices(catalog, new CommandValidator(validation.getValidator()));
        RestApi api = new RestApi(new CatalogRoutes(catalogServices, catalogServices, catalogServices, clock, config.zone()))
                .start(config.host(), config.port());
        LOG.info("Qyzmet listening on http://{}:{} (data in {}, zone {})", config.host(), api.port(),
                config.dataDir().toAbsolutePath(), config.zone());
        return new QyzmetServer(api, validation);
    }

    /** The port it listens on. */
    public int port() {
        return api.port();
    }

    @Override
    public void close() {
        api.stop();
        validation.close();
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
        } catch (CatalogFileException e) {
            LOG.error("Start-up refused: {}", e.getMessage());
            System.exit(3);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
