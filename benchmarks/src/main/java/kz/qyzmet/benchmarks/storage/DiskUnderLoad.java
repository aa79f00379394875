package kz.qyzmet.benchmarks.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import kz.qyzmet.adapters.persistence.jdbc.Compaction;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.embedded.Qyzmet;

/**
 * The embedded database's file over time under sustained load, with the file compacted while it runs at a fixed
 * period ({@link JdbcStorage#compact()}, what the server does daily): threads submit and accept requests through
 * the use cases as {@link SubmitAcceptBenchmark} does, and every few seconds a line gives the requests stored, the
 * file's size and its bytes per request; each compaction gives the size before and after and how long new work
 * was paused, and each period the longest call (which includes any wait for the pause). The directory is deleted
 * at the end. Not a JMH benchmark: what it measures is sizes over minutes, not a steady rate.
 *
 * <pre>java -cp benchmarks/target/qyzmet-benchmarks.jar kz.qyzmet.benchmarks.storage.DiskUnderLoad [minutes] [compact every s] [threads]</pre>
 */
public final class DiskUnderLoad {

    private DiskUnderLoad() {
    }

    public static void main(String[] args) throws Exception {
        Duration run = Duration.ofSeconds(Math.round(60 * Double.parseDouble(args.length > 0 ? args[0] : "3")));
        Duration period = Duration.ofSeconds(Long.parseLong(args.length > 1 ? args[1] : "30"));
        int threads = Integer.parseInt(args.length > 2 ? args[2] : "4");
        Duration sample = Duration.ofSeconds(5);
        Path directory = Files.createTempDirectory("qyzmet-disk-under-load");
        Path file = directory.resolve("qyzmet.mv.db");
        System.out.printf("# disk under load: %s, a compaction every %s, %d threads, in %s%n", run, period, threads, directory);
        LongAdder stored = new LongAdder();
        LongAccumulator longestCall = new LongAccumulator(Math::max, 0);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (JdbcStorage storage = JdbcStorage.h2File(directory); Qyzmet qyzmet = SubmitAcceptBenchmark.qyzmet(storage.requests())) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                writers.add(pool.submit(() -> {
                    while (running.get()) {
                        long started = System.nanoTime();
                        SubmitAcceptBenchmark.submitAndAccept(qyzmet);
                        longestCall.accumulate(System.nanoTime() - started);
                        stored.increment();
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            long nextCompaction = start + period.toNanos();
            long end = start + run.toNanos();
            long afterLast = 0;
            long storedAtLast = 0;
            while (System.nanoTime() < end) {
                Thread.sleep(Math.max(1, Math.min(sample.toMillis(), (Math.min(nextCompaction, end) - System.nanoTime()) / 1_000_000)));
                long now = System.nanoTime();
                long requests = stored.sum();
                long size = Files.size(file);
                System.out.printf("t=%5.1f s  requests %,8d  file %,14d bytes  %,8d per request  longest call %,6d ms%n",
                        (now - start) / 1e9, requests, size, requests == 0 ? 0 : size / requests, longestCall.getThenReset() / 1_000_000);
                if (now >= nextCompaction && now < end) {
                    Compaction compaction = storage.compact();
                    long at = stored.sum();
                    System.out.printf("COMPACTION t=%5.1f s  requests %,8d  before %,14d bytes (%,d per request)  after %,12d bytes (%,d per request)"
                                    + "  paused %,d ms  grown since the last %,d bytes per request%n",
                            (System.nanoTime() - start) / 1e9, at, compaction.bytesBefore(), compaction.bytesBefore() / at,
                            compaction.bytesAfter(), compaction.bytesAfter() / at, compaction.paused().toMillis(),
                            at == storedAtLast ? 0 : (compaction.bytesBefore() - afterLast) / (at - storedAtLast));
                    afterLast = compaction.bytesAfter();
                    storedAtLast = at;
                    nextCompaction = System.nanoTime() + period.toNanos();
                }
            }
            running.set(false);
            for (Future<?> writer : writers) {
                writer.get();
            }
            long requests = stored.sum();
            System.out.printf("# end: %,d requests, %.0f per second; file open %,d bytes (%,d per request)%n",
                    requests, requests / ((System.nanoTime() - start) / 1e9), Files.size(file), Files.size(file) / requests);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("# at rest after closing: %,d bytes%n", Files.size(file));
        FlowableBenchmark.deleteTree(directory);
    }
}
