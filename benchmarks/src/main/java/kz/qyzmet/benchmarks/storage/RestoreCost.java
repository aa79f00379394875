package kz.qyzmet.benchmarks.storage;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.jdbc.JdbcRequestRepository;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.benchmarks.city.CityLoad;
import kz.qyzmet.benchmarks.city.CityYear;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.embedded.Qyzmet;

/**
 * What restoring a request costs in the two measures that a loaded machine does not change much: the CPU time of the
 * restoring thread (time spent waiting for a core is not counted) and the bytes it allocates, per request, over the
 * same city as {@link RestoreBenchmark} (in-memory H2, 2,000 requests, seed 17). A plain {@code main}, so that the
 * same file runs against a jar of older code (the source-file launcher: {@code java -cp old.jar RestoreCost.java}) for
 * a before/after comparison of alternating runs (docs/BENCHMARKS.md, "Restoring a request").
 *
 * <p>Arguments: {@code rounds=} (7) measured rounds after three of warm-up; each round restores every request by its
 * id, then 40 pages of 50 open requests. Prints the median and the range over the rounds.
 */
public final class RestoreCost {

    private static final int REQUESTS = 2_000;
    private static final int PAGE = 50;
    private static final int PAGES_PER_ROUND = 40;

    private RestoreCost() {
    }

    public static void main(String[] args) throws SQLException {
        int rounds = 7;
        for (String arg : args) {
            if (arg.startsWith("rounds=")) {
                rounds = Integer.parseInt(arg.substring("rounds=".length()));
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (JdbcStorage storage = JdbcStorage.connect("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            JdbcRequestRepository repository = storage.requests();
            CityYear year = CityYear.of2025(Qyzmet.builder().build().deadlinePolicy(), 17);
            CityLoad.into(repository, year, REQUESTS);
            List<RequestId> ids = new ArrayList<>();
            try (Connection connection = storage.dataSource().getConnection(); Statement select = connection.createStatement();
                 ResultSet rows = select.executeQuery("SELECT id FROM service_requests ORDER BY id")) {
                while (rows.next()) {
                    ids.add(new RequestId(rows.getObject(1, UUID.class)));
                }
            }
            double[] cpuById = new double[rounds];
            double[] bytesById = new double[rounds];
            double[] cpuPaged = new double[rounds];
            double[] bytesPaged = new double[rounds];
            long sink = 0;
            long thread = Thread.currentThread().getId();
            for (int round = -3; round < rounds; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long bytes = threads.getThreadAllocatedBytes(thread);
                for (RequestId id : ids) {
                    sink += repository.find(id).orElseThrow().revision();
                }
                long cpuAfterIds = threads.getCurrentThreadCpuTime();
                long bytesAfterIds = threads.getThreadAllocatedBytes(thread);
                int restored = 0;
                for (int page = 0; page < PAGES_PER_ROUND; page++) {
                    List<ServiceRequest> open = repository.findOpenWithDeadline(null, PAGE);
                    restored += open.size();
                    sink += open.size();
                }
                if (round >= 0) {
                    cpuById[round] = (cpuAfterIds - cpu) / 1e3 / ids.size();
                    bytesById[round] = (double) (bytesAfterIds - bytes) / ids.size();
                    cpuPaged[round] = (threads.getCurrentThreadCpuTime() - cpuAfterIds) / 1e3 / restored;
                    bytesPaged[round] = (double) (threads.getThreadAllocatedBytes(thread) - bytesAfterIds) / restored;
                }
            }
            System.out.printf(Locale.ROOT, "# %,d requests; %d rounds; load %s (checksum %d)%n", ids.size(), rounds,
                    String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()), sink);
            print("by id, CPU µs per request", cpuById);
            print("by id, bytes allocated per request", bytesById);
            print("open pages of 50, CPU µs per request", cpuPaged);
            print("open pages of 50, bytes allocated per request", bytesPaged);
        }
    }

    private static void print(String what, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-48s median %,12.1f   (%,.1f – %,.1f)%n", what, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }
}
