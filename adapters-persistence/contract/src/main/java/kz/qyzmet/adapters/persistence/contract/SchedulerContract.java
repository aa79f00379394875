package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qyzmet.application.request.port.out.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Scheduler}: a job runs again and again, the first time only after one period; a run
 * that throws does not stop the next ones; the runs of one job do not overlap; a period that is missing, zero or
 * negative and a missing job are refused naming them. The waits are generous and nothing is timed: a loaded machine
 * makes the test slower, not wrong.
 */
public abstract class SchedulerContract {

    private static final Duration SHORT = Duration.ofMillis(20);
    private static final long PATIENCE_SECONDS = 30;

    private Scheduler scheduler;

    /** A new scheduler, running nothing yet. Called once per test. */
    protected abstract Scheduler newScheduler();

    /** Stops the scheduler of a test and its jobs (closes its threads); nothing by default. */
    protected void stop(Scheduler scheduler) {
    }

    private Scheduler scheduler() {
        scheduler = newScheduler();
        return scheduler;
    }

    @AfterEach
    void stopTheScheduler() {
        if (scheduler != null) {
            stop(scheduler);
        }
    }

    @Test
    void aJobRunsAgainAndAgain() throws Exception {
        CountDownLatch threeRuns = new CountDownLatch(3);
        scheduler().every(SHORT, threeRuns::countDown);
        assertThat(threeRuns.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("three runs").isTrue();
    }

    @Test
    void theFirstRunComesOnlyAfterOnePeriod() throws Exception {
        AtomicInteger hourly = new AtomicInteger();
        CountDownLatch twoShortRuns = new CountDownLatch(2);
        Scheduler scheduler = scheduler();
        scheduler.every(Duration.ofHours(1), hourly::incrementAndGet);
        scheduler.every(SHORT, twoShortRuns::countDown);
        assertThat(twoShortRuns.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the short job ran twice").isTrue();
        assertThat(hourly).as("the hourly job, before its hour").hasValue(0);
    }

    @Test
    void aRunThatThrowsDoesNotStopTheNextOnes() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch afterTheFailure = new CountDownLatch(2);
        scheduler().every(SHORT, () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the first run fails, on purpose");
            }
            afterTheFailure.countDown();
        });
        assertThat(afterTheFailure.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("two runs after the failing one").isTrue();
    }

    @Test
    void theRunsOfOneJobDoNotOverlap() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch fiveRuns = new CountDownLatch(5);
        scheduler().every(Duration.ofMillis(1), () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            fiveRuns.countDown();
        });
        assertThat(fiveRuns.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("five runs").isTrue();
        assertThat(most).as("runs at once").hasValue(1);
    }

    @Test
    void aMissingZeroOrNegativePeriodAndAMissingJobAreRefusedNamingThem() {
        Scheduler scheduler = scheduler();
        Runnable nothing = () -> { };
        assertThatThrownBy(() -> scheduler.every(null, nothing)).hasMessageStartingWith("period");
        assertThatThrownBy(() -> scheduler.every(Duration.ZERO, nothing)).hasMessageStartingWith("period");
        assertThatThrownBy(() -> scheduler.every(Duration.ofSeconds(-1), nothing)).hasMessageStartingWith("period");
        assertThatThrownBy(() -> scheduler.every(SHORT, null)).hasMessageStartingWith("job");
    }
}
