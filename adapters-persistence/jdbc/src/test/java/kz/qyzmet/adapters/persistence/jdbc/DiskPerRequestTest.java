package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's file at rest stays within a few kilobytes per stored request: a few thousand
 * requests submitted and accepted from four threads (two commits each, as the use cases make), the file's
 * size measured while the store is open right after the load (reported, not bounded: H2 keeps the old copies
 * of rewritten pages until it compacts) and at rest, after {@link JdbcStorage#close()} compacted it; every
 * request is still there when the file is opened again.
 */
class DiskPerRequestTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 500;
    private static final int REQUESTS = THREADS * PER_THREAD;
    /** "A few kilobytes per request": the live data is about 4 KB (a submission, two history entries, the row and its indexes). */
    private static final long BOUND_AT_REST = 8 * 1024;

    @TempDir
    Path directory;

    @Test
    void atRestTheFileKeepsAFewKilobytesPerRequest() throws Exception {
        Path file = directory.resolve("qyzmet.mv.db");
        long loaded;
        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            JdbcRequestRepository repository = storage.requests();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        ServiceRequest accepted = StoredRequests.accepted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
                        repository.add(ServiceRequest.restore(accepted.id(), accepted.submission(), accepted.history().subList(0, 1)), null);
                        repository.update(accepted, 1);
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
            threads.shutdown();
            loaded = Files.size(file);
        }
        long rest = Files.size(file);
        System.out.printf("# disk per request: %d requests; store open after the load %,d bytes (%,d per request); at rest %,d bytes (%,d per request)%n",
                REQUESTS, loaded, loaded / REQUESTS, rest, rest / REQUESTS);
        try (JdbcStorage reopened = JdbcStorage.h2File(directory);
             var connection = reopened.dataSource().getConnection();
             var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM service_requests WHERE status = 'ACCEPTED'")) {
            result.next();
            assertThat(result.getLong(1)).as("every request kept").isEqualTo(REQUESTS);
        }
        assertThat(rest / REQUESTS).as("bytes per request at rest").isLessThanOrEqualTo(BOUND_AT_REST);
        assertThat(rest).as("compacted on closing").isLessThan(loaded);
    }
}
