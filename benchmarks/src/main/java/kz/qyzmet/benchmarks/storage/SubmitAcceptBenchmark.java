package kz.qyzmet.benchmarks.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.jdbc.SharedCommits;
import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;
import kz.qyzmet.adapters.persistence.registry.InMemoryPersonRegistry;
import kz.qyzmet.application.request.port.in.AcceptBatchCommand;
import kz.qyzmet.application.request.port.in.AcceptOutcome;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.SubmitBatchCommand;
import kz.qyzmet.application.request.port.in.SubmitOutcome;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.embedded.Qyzmet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Submit + accept throughput through the request use cases, on each store: one operation is a clerk
 * registering an application for service 803005 at the school's office (idempotency key, two documents)
 * and accepting it, which computes the deadline and the regulation's steps and stores the request with its
 * two history entries. Run with {@code -t 1} and {@code -t 4} for one and several threads (docs/BENCHMARKS.md).
 * {@link #submitBatchAndAccept} hands the requests in and takes them in as registers of sixteen instead
 * ({@link #submitBatchAndAcceptEach}: handed in together, accepted one by one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 8)
@Measurement(iterations = 3, time = 8)
public class SubmitAcceptBenchmark {

    static final String APPLICANT_IIN = "061211600012";
    static final ActingUser CLERK = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
    static final List<DocumentData> DOCUMENTS = List.of(new DocumentData("application", null), new DocumentData("identity-document", null));

    /** The store: {@code memory}, {@code h2} (the embedded file database), {@code postgres} (127.0.0.1:5432/test). */
    @Param({"memory", "h2", "postgres"})
    public String store;

    private Store opened;
    private Qyzmet qyzmet;

    @Setup(Level.Trial)
    public void open() {
        opened = Store.open(store);
        qyzmet = qyzmet(opened.repository());
        RequestView check = submitAndAccept();
        if (check.status() != RequestStatus.ACCEPTED || check.deadline() == null || check.history().size() != 2) {
            throw new IllegalStateException("setup: the request was not accepted with a deadline and two history entries: " + check);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        qyzmet.close();
        opened.close();
    }

    /** The bundled server's wiring on the repository, with the applicant in the register of individuals. */
    static Qyzmet qyzmet(RequestRepository repository) {
        return Qyzmet.builder()
                .repository(repository)
                .persons(new InMemoryPersonRegistry().register(Iin.of(APPLICANT_IIN)))
                .build();
    }

    /** One request submitted (with an idempotency key) and accepted. */
    @Benchmark
    public RequestView submitAndAccept() {
        return submitAndAccept(qyzmet);
    }

    static RequestView submitAndAccept(Qyzmet qyzmet) {
        RequestView submitted = qyzmet.requests().submitting().submit(submission());
        return qyzmet.requests().intake().accept(new RequestActionCommand(CLERK, submitted.id().value(), submitted.revision()));
    }

    /** The clerk's submission of one request, under a new idempotency key. */
    private static SubmitRequestCommand submission() {
        return new SubmitRequestCommand(CLERK, "803005", Channel.PROVIDER_OFFICE, "school-1", APPLICANT_IIN, null, DOCUMENTS, true, null,
                "bench-" + UUID.randomUUID());
    }

    /** How many requests one register holds in {@link #submitBatchAndAccept}: the floor's requests per commit. */
    static final int REGISTER = 16;

    /**
     * A register of {@value #REGISTER} requests handed in together ({@code SubmitBatchUseCase}: their rows and events in
     * one commit), then taken in together ({@code AcceptBatchUseCase}: the sixteen acceptances with their events in one
     * commit), as an office works through a register; scored per request.
     */
    @Benchmark
    @OperationsPerInvocation(REGISTER)
    public void submitBatchAndAccept(Blackhole accepted) {
        List<RequestActionCommand> acceptances = new ArrayList<>(REGISTER);
        for (SubmitOutcome outcome : qyzmet.requests().submitting().submitAll(new SubmitBatchCommand(register()))) {
            RequestView submitted = outcome.requestOrThrow();
            acceptances.add(new RequestActionCommand(CLERK, submitted.id().value(), submitted.revision()));
        }
        for (AcceptOutcome outcome : qyzmet.requests().intake().acceptAll(new AcceptBatchCommand(acceptances))) {
            accepted.consume(outcome.requestOrThrow());
        }
    }

    /**
     * The same register handed in together, then each request accepted by its own call and commit (what
     * {@link #submitBatchAndAccept} did before the register could be taken in together), for the A/B comparison.
     */
    @Benchmark
    @OperationsPerInvocation(REGISTER)
    public void submitBatchAndAcceptEach(Blackhole accepted) {
        for (SubmitOutcome outcome : qyzmet.requests().submitting().submitAll(new SubmitBatchCommand(register()))) {
            RequestView submitted = outcome.requestOrThrow();
            accepted.consume(qyzmet.requests().intake().accept(new RequestActionCommand(CLERK, submitted.id().value(), submitted.revision())));
        }
    }

    private static List<SubmitRequestCommand> register() {
        List<SubmitRequestCommand> register = new ArrayList<>(REGISTER);
        for (int i = 0; i < REGISTER; i++) {
            register.add(submission());
        }
        return register;
    }

    /**
     * A store opened for one trial, its database (none in memory), and how to close it: closing deletes the H2 directory
     * or drops the PostgreSQL schema it created.
     */
    public record Store(RequestRepository repository, DataSource dataSource, AutoCloseable resource) implements AutoCloseable {

        /** A new store of a kind: {@code memory}, {@code h2} (a new temporary directory), {@code postgres} (a new schema). */
        public static Store open(String kind) {
            return open(kind, Path.of(System.getProperty("java.io.tmpdir")));
        }

        /**
         * A new store of a kind, an {@code h2} one in a new directory under {@code parent} (its path printed as
         * {@code # H2 store in <directory>}), which closing deletes.
         */
        public static Store open(String kind, Path parent) {
            return switch (kind) {
                case "memory" -> new Store(new InMemoryRequestRepository(), null, () -> { });
                case "h2" -> h2(parent);
                case "postgres" -> postgres();
                default -> throw new IllegalArgumentException("store: must be memory, h2 or postgres, not " + kind);
            };
        }

        private static Store h2(Path parent) {
            try {
                Path directory = Files.createTempDirectory(parent, "qyzmet-bench-h2");
                System.out.println("# H2 store in " + directory);
                JdbcStorage storage = JdbcStorage.h2File(directory);
                return new Store(storage.requests(), storage.dataSource(), () -> {
                    reportSharedCommits(storage);
                    storage.close();
                    FlowableBenchmark.deleteTree(directory);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Store postgres() {
            String url = System.getProperty("qyzmet.bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getProperty("qyzmet.bench.pg.user", "postgres");
            String schema = "qyzmet_bench_" + UUID.randomUUID().toString().replace("-", "");
            execute(url, user, "CREATE SCHEMA " + schema);
            JdbcStorage storage = JdbcStorage.connect(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, "");
            return new Store(storage.requests(), storage.dataSource(), () -> {
                reportSharedCommits(storage);
                storage.close();
                execute(url, user, "DROP SCHEMA " + schema + " CASCADE");
            });
        }

        /** How many writes the group commit gathered per transaction over the trial (docs/BENCHMARKS.md). */
        private static void reportSharedCommits(JdbcStorage storage) {
            SharedCommits shared = storage.sharedCommits();
            System.out.printf("# group commit: %,d writes in %,d transactions, %.2f per transaction%n",
                    shared.writes(), shared.transactions(), shared.writesPerTransaction());
        }

        static void execute(String url, String user, String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the store failed", e);
            }
        }
    }
}
