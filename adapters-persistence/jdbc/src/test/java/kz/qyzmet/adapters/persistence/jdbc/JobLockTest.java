package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qyzmet.adapters.persistence.contract.PostgresDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two connection pools on one PostgreSQL schema stand for two server processes: while one runs a job under
 * the job lock, the other skips it; once the first is done, the other gets the lock. On H2 the job runs.
 */
class JobLockTest {

    @Test
    void onPostgresqlOneProcessRunsAJobAtATime() throws Exception {
        String url = PostgresDatabase.freshSchemaUrl();
        try (JdbcStorage first = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
             JdbcStorage second = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD)) {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            CompletableFuture<Boolean> long_ = CompletableFuture.supplyAsync(() -> first.jobLock().runAlone("watch", () -> {
                runs.incrementAndGet();
                running.countDown();
                await(finish);
            }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.jobLock().runAlone("watch", runs::incrementAndGet)).as("skipped while the other process runs it").isFalse();
            assertThat(second.jobLock().runAlone("another job", runs::incrementAndGet)).as("another job's lock is free").isTrue();
            finish.countDown();
            assertThat(long_.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.jobLock().runAlone("watch", runs::incrementAndGet)).as("free again once the first is done").isTrue();
            assertThat(runs.get()).isEqualTo(3);
        } finally {
            PostgresDatabase.drop(url);
        }
    }

    @Test
    void aFailingJobLetsGoOfTheLock() {
        String url = PostgresDatabase.freshSchemaUrl();
        try (JdbcStorage storage = JdbcStorage.connect(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD)) {
            try {
                storage.jobLock().runAlone("watch", () -> {
                    throw new IllegalStateException("the job fails");
                });
            } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("the job fails");
            }
            assertThat(storage.jobLock().runAlone("watch", () -> { })).isTrue();
        } finally {
            PostgresDatabase.drop(url);
        }
    }

    @Test
    void onH2TheJobRuns() {
        try (JdbcStorage storage = JdbcStorage.connect("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            AtomicInteger runs = new AtomicInteger();
            assertThat(storage.jobLock().runAlone("watch", runs::incrementAndGet)).isTrue();
            assertThat(runs.get()).isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
