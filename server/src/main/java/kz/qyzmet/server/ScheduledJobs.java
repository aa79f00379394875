package kz.qyzmet.server;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.adapters.persistence.jdbc.JobLock;
import kz.qyzmet.application.request.port.out.Scheduler;
import kz.qyzmet.application.request.port.out.StoreBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled server's {@link Scheduler}: one daemon thread running the periodic jobs (the deadline watch) and
 * the daily ones (compacting the embedded database), a run at a time. A run that throws is logged and the next one runs as planned. {@link #close()} stops the
 * jobs and waits for a running one to finish, so the server closes it before the database. With a
 * {@link JobLock} of a database shared by several server processes, a run happens in one process at a time;
 * the others skip it.
 */
public final class ScheduledJobs implements Scheduler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final ScheduledThreadPoolExecutor executor = newExecutor();

    /** The name under which the scheduled jobs take their lock: the same in every server process. */
    static final String LOCK_NAME = "qyzmet-scheduled-jobs";

    private final JobLock lock;

    /** Jobs that run in this process whatever other processes do (one process on its own database). */
    public ScheduledJobs() {
        this.lock = null;
    }

    /** Jobs that run under the database's job lock, in one of the processes sharing the database at a time. */
    public ScheduledJobs(JobLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock: required");
    }

    private static ScheduledThreadPoolExecutor newExecutor() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, job -> {
            Thread thread = new Thread(job, "qyzmet-scheduled-jobs");
            thread.setDaemon(true);
            return thread;
        });
        // a daily job's next run, due tomorrow, is dropped on closing, not waited for
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    @Override
    public void every(Duration period, Runnable job) {
        Objects.requireNonNull(job, "job: required");
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period: must be positive, was " + period);
        }
        long millis = period.toMillis();
        executor.scheduleWithFixedDelay(() -> runOnce(job, "in " + period), millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a job every day at a time of day in a zone, on the machine's clock: first at the next such moment, then
     * at each one after it (a day with a gap in that zone's clock at that time runs it just after the gap).
     */
    public void dailyAt(LocalTime at, ZoneId zone, Runnable job) {
        Objects.requireNonNull(at, "at: required");
        Objects.requireNonNull(zone, "zone: required");
        Objects.requireNonNull(job, "job: required");
        scheduleNext(at, zone, job);
    }

    private void scheduleNext(LocalTime at, ZoneId zone, Runnable job) {
        try {
            executor.schedule(() -> {
                runOnce(job, "tomorrow at " + at);
                scheduleNext(at, zone, job);
            }, untilNext(at, zone, Instant.now()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            LOG.debug("Daily job not scheduled again: the jobs are closing");
        }
    }

    /** From now to the next moment the clock of the zone shows that time of day (never now itself). */
    static Duration untilNext(LocalTime at, ZoneId zone, Instant now) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime next = here.toLocalDate().atTime(at).atZone(zone);
        if (!next.isAfter(here)) {
            next = here.toLocalDate().plusDays(1).atTime(at).atZone(zone);
        }
        return Duration.between(now, next.toInstant());
    }

    private void runOnce(Runnable job, String next) {
        try {
            if (lock == null) {
                job.run();
            } else if (!lock.runAlone(LOCK_NAME, job)) {
                LOG.debug("Scheduled job skipped: another server process is running it");
            }
        } catch (StoreBusyException e) {
            // the compaction of the embedded file outlasted the job's wait: nothing failed, nothing was written
            LOG.warn("A scheduled job waited too long for the database's maintenance ({}); it runs again {}", e.maintenance(), next);
        } catch (RuntimeException e) {
            LOG.error("A scheduled job failed; it runs again {}: {}", next, e.getClass().getName());
        }
    }

    /** Whether the jobs are closed and none is running (for tests). */
    boolean closed() {
        return executor.isTerminated();
    }

    @Override
    public void close() {
        // shutdown, not shutdownNow: interrupting a job in the middle of a JDBC call can close the embedded database's files
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("A scheduled job is still running after 30 seconds; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
