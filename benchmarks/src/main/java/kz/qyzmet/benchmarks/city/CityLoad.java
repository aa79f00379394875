package kz.qyzmet.benchmarks.city;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.qyzmet.adapters.persistence.jdbc.JdbcRequestRepository;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * Writes a generated city into a JDBC store through the store's bulk path ({@link JdbcRequestRepository#addAll}, the
 * rows its use cases write, with next-watch instants for the default at-risk share, which the benchmark's Qyzmet uses),
 * one transaction per batch, on a thread of its own while the next batch is built.
 */
public final class CityLoad {

    /** Requests per batch (one transaction): large enough for the JDBC batches to pay off. */
    public static final int BATCH = 1_000;
    private static final List<ServiceRequest> DONE = List.of();
    /** How often the load says how far it got, in requests. */
    private static final int PROGRESS = 50_000;

    private CityLoad() {
    }

    /** Generates {@code requests} requests of the city's year into the repository and counts them. */
    public static CityCounts into(JdbcRequestRepository repository, CityYear year, int requests) {
        BlockingQueue<List<ServiceRequest>> batches = new ArrayBlockingQueue<>(4);
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "city-load-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long started = System.nanoTime();
            Future<?> written = writer.submit(() -> {
                long stored = 0;
                for (List<ServiceRequest> batch = batches.take(); batch != DONE; batch = batches.take()) {
                    repository.addAll(batch, AtRiskShare.DEFAULT);
                    stored += batch.size();
                    if (stored % PROGRESS < batch.size()) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        System.out.printf(java.util.Locale.ROOT, "# stored %,d requests in %.0f s (%,.0f/s)%n", stored, seconds, stored / seconds);
                    }
                }
                return null;
            });
            CityCounts counts = year.generate(requests, BATCH, batch -> put(batches, batch, written));
            put(batches, DONE, written);
            written.get();
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading the city was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading the city failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            writer.shutdownNow();
        }
    }

    /** Hands a batch to the writer, giving up if the writer has failed. */
    private static void put(BlockingQueue<List<ServiceRequest>> batches, List<ServiceRequest> batch, Future<?> written) {
        try {
            while (!batches.offer(batch, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                if (written.isDone()) {
                    written.get();
                    throw new IllegalStateException("the writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading the city was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading the city failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
