package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The server's scheduler runs a job again and again, survives a failing run, and stops on close. */
class ScheduledJobsTest {

    @Test
    void aJobRunsEveryPeriodEvenAfterAFailedRunAndNotAfterClose() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledJobs jobs = new ScheduledJobs();
        jobs.every(Duration.ofMillis(10), () -> {
            runs.incrementAndGet();
            three.countDown();
            if (runs.get() == 1) {
                throw new IllegalStateException("first run fails");
            }
        });
        assertThat(three.await(10, TimeUnit.SECONDS)).as("runs again after a failed run").isTrue();
        jobs.close();
        int afterClose = runs.get();
        Thread.sleep(100);
        assertThat(runs.get()).as("no run after close").isEqualTo(afterClose);
    }
}
