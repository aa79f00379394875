package kz.qyzmet.benchmarks.storage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.embedded.Qyzmet;

/**
 * What the embedded database writes and reads per request as its file grows: one thread submits and accepts requests
 * through the use cases as {@link SubmitAcceptBenchmark} does, on {@link JdbcStorage#h2File} (two commits a request),
 * in phases of a fixed count; after each phase a line gives, per request of the phase, the bytes H2 wrote to its
 * file and the reads from it (H2's own counters, {@code INFORMATION_SCHEMA.SETTINGS} {@code info.FILE_WRITE_BYTES},
 * {@code info.FILE_READ} and {@code info.FILE_READ_BYTES}), the file's growth, the store's chunk count, its page
 * cache's use and hit ratio, and the wall and process CPU time. Bytes written do not depend on the machine's load, so
 * old and new code compare on them even on a busy machine. The directory is deleted at the end. Not a JMH benchmark:
 * it measures how the cost per request moves as the database grows, not a steady rate.
 *
 * <pre>java -cp benchmarks/target/qyzmet-benchmarks.jar kz.qyzmet.benchmarks.storage.CommitWrites [phases] [requests per phase]</pre>
 */
public final class CommitWrites {

    private CommitWrites() {
    }

    public static void main(String[] args) throws Exception {
        int phases = Integer.parseInt(args.length > 0 ? args[0] : "6");
        int perPhase = Integer.parseInt(args.length > 1 ? args[1] : "500");
        Path directory = Files.createTempDirectory("qyzmet-commit-writes");
        Path file = directory.resolve("qyzmet.mv.db");
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("# commit writes: %d phases of %d requests, one thread, in %s%n", phases, perPhase, directory);
        try (JdbcStorage storage = JdbcStorage.h2File(directory); Qyzmet qyzmet = SubmitAcceptBenchmark.qyzmet(storage.requests())) {
            Map<String, Long> before = counters(storage);
            long sizeBefore = Files.size(file);
            for (int phase = 1; phase <= phases; phase++) {
                long cpu = os.getProcessCpuTime();
                long started = System.nanoTime();
                for (int i = 0; i < perPhase; i++) {
                    SubmitAcceptBenchmark.submitAndAccept(qyzmet);
                }
                double wallMs = (System.nanoTime() - started) / 1e6 / perPhase;
                double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / perPhase;
                Map<String, Long> after = counters(storage);
                long size = Files.size(file);
                System.out.printf("requests %,7d  written %,7d B  read %4.1f times %,6d B  file grown %,7d B per request"
                                + "  chunks %,6d  cache %d of %d MB, hits %d%%  %6.2f ms, CPU %5.2f ms per request%n",
                        phase * perPhase, delta(before, after, "info.FILE_WRITE_BYTES") / perPhase,
                        delta(before, after, "info.FILE_READ") / (double) perPhase, delta(before, after, "info.FILE_READ_BYTES") / perPhase,
                        (size - sizeBefore) / perPhase, after.get("info.CHUNK_COUNT"), after.get("info.CACHE_SIZE"),
                        after.get("info.CACHE_MAX_SIZE"), after.get("info.CACHE_HIT_RATIO"), wallMs, cpuMs);
                before = after;
                sizeBefore = size;
            }
        } finally {
            FlowableBenchmark.deleteTree(directory);
        }
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String counter) {
        return after.get(counter) - before.get(counter);
    }

    /** H2's numeric {@code info.} settings of the open store. */
    private static Map<String, Long> counters(JdbcStorage storage) throws SQLException {
        Map<String, Long> counters = new HashMap<>();
        try (Connection connection = storage.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME LIKE 'info.%'")) {
            while (row.next()) {
                if (row.getString(2).matches("-?\\d+")) {
                    counters.put(row.getString(1), Long.parseLong(row.getString(2)));
                }
            }
        }
        return counters;
    }
}
