package kz.qyzmet.benchmarks.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The peer of {@link SubmitAcceptBenchmark}: Flowable's embedded BPMN engine (7.2.0) on the same stores — an
 * H2 file database in a new temporary directory with the same {@code WRITE_DELAY=0} (every commit written
 * before it is acknowledged), or a new schema on the same PostgreSQL — with history level {@code audit}.
 * {@link #startAndComplete} starts a process instance with the request's data as variables, finds its one
 * user task, claims and completes it (the clerk's acceptance); {@link #startOnly} only starts one. The
 * trial's setup checks that an operation leaves a finished process instance and a finished task in the
 * history; the teardown deletes the directory or drops the schema.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 8)
@Measurement(iterations = 3, time = 8)
public class FlowableBenchmark {

    /** The store: {@code h2} (a file database) or {@code postgres} (127.0.0.1:5432/test, or -Dqyzmet.bench.pg.url). */
    @Param({"h2", "postgres"})
    public String store;

    private ProcessEngine engine;
    private Runnable dropStore;

    @Setup(Level.Trial)
    public void open() {
        engine = oneTaskEngine(this::onTheStore);
        String id = startAndComplete();
        var history = engine.getHistoryService();
        if (history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count() != 1
                || history.createHistoricTaskInstanceQuery().processInstanceId(id).finished().count() != 1) {
            throw new IllegalStateException("setup: the process instance and its task are not finished in the history");
        }
    }

    /** The engine's database: {@link #store}'s, in a directory or schema of its own that {@link #close} drops. */
    private void onTheStore(StandaloneProcessEngineConfiguration configuration) {
        if (store.equals("h2")) {
            Path directory = temporaryDirectory();
            configuration.setJdbcUrl("jdbc:h2:file:" + directory.resolve("flowable").toAbsolutePath() + ";WRITE_DELAY=0");
            configuration.setJdbcDriver("org.h2.Driver");
            configuration.setJdbcUsername("sa");
            configuration.setJdbcPassword("");
            dropStore = () -> deleteTree(directory);
        } else if (store.equals("postgres")) {
            String url = System.getProperty("qyzmet.bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getProperty("qyzmet.bench.pg.user", "postgres");
            String schema = "flowable_bench_" + UUID.randomUUID().toString().replace("-", "");
            SubmitAcceptBenchmark.Store.execute(url, user, "CREATE SCHEMA " + schema);
            configuration.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            configuration.setDatabaseSchema(schema);
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUsername(user);
            configuration.setJdbcPassword("");
            dropStore = () -> SubmitAcceptBenchmark.Store.execute(url, user, "DROP SCHEMA " + schema + " CASCADE");
        } else {
            throw new IllegalArgumentException("store: must be h2 or postgres, not " + store);
        }
        configuration.setJdbcMaxActiveConnections(8);
    }

    /**
     * The peer's engine as every measurement of it runs: history {@code audit}, no async executor, the schema created,
     * {@code one-task.bpmn20.xml} deployed; {@code database} says where it stores.
     */
    static ProcessEngine oneTaskEngine(Consumer<StandaloneProcessEngineConfiguration> database) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setAsyncExecutorActivate(false);
        database.accept(configuration);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("kz/qyzmet/benchmarks/storage/one-task.bpmn20.xml").deploy();
        return engine;
    }

    @TearDown(Level.Trial)
    public void close() {
        if (engine != null) {
            engine.close();
        }
        if (dropStore != null) {
            dropStore.run();
        }
    }

    /** A process instance started with the request's data, its one user task claimed and completed. */
    @Benchmark
    public String startAndComplete() {
        return startAndComplete(engine);
    }

    /** {@link #startAndComplete()} on an engine with {@code one-task.bpmn20.xml} deployed. */
    static String startAndComplete(ProcessEngine engine) {
        ProcessInstance instance = start(engine);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getTaskService().claim(task.getId(), "clerk");
        engine.getTaskService().complete(task.getId());
        return instance.getId();
    }

    /** A process instance started with the request's data; its task stays open. */
    @Benchmark
    public String startOnly() {
        return start(engine).getId();
    }

    private static ProcessInstance start(ProcessEngine engine) {
        return engine.getRuntimeService().startProcessInstanceByKey("oneTask", "bench-" + UUID.randomUUID(), Map.of(
                "service", "803005", "channel", "PROVIDER_OFFICE", "provider", "school-1", "applicantIin", SubmitAcceptBenchmark.APPLICANT_IIN,
                "documents", "application,identity-document", "personalDataConsent", true));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("flowable-bench-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + directory + " failed", e);
        }
    }
}
